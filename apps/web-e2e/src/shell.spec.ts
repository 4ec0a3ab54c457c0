import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './e2e-clock';
import { ADMIN, LEADER, mainNav, signIn } from './support';

const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

test.describe('the shell', () => {
  test('the public landing page is rendered on the server and links to sign-in', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain('Coordinación entre gobiernos');
    expect(html).toContain('href="/ingresar"');

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Coordinación entre gobiernos');
    await page.getByRole('link', { name: 'Ingresar como personal de una entidad' }).click();
    await expect(page).toHaveURL(/\/ingresar$/);
  });

  test('the signed-in home page lists the memberships (screenshot saved)', async ({ page }, testInfo) => {
    await signIn(page, LEADER);
    const memberships = page.getByTestId('memberships');
    await expect(memberships).toContainText('Gobierno Regional de Piura');
    await expect(memberships).toContainText('PE-PIU');
    await expect(memberships).toContainText('Titular');

    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = await page.screenshot({
      fullPage: true,
      path: join(SCREENSHOTS, 'home-signed-in.png'),
    });
    await testInfo.attach('home-signed-in', {
      body: shot,
      contentType: 'image/png',
    });
  });

  test('the agency directory filters by kind and text and shows ISO codes', async ({ page }) => {
    await signIn(page, LEADER);
    await mainNav(page).getByRole('link', { name: 'Directorio de agencias' }).click();
    const table = page.getByTestId('agency-table');
    await expect(table).toContainText('PE-LAL');
    await page.getByLabel('Buscar por nombre, sigla o código').fill('ancash');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('PE-ANC');

    await page.getByLabel('Buscar por nombre, sigla o código').fill('');
    await page.getByRole('combobox', { name: 'Tipo de entidad' }).click();
    await page.getByRole('option', { name: 'Policía' }).click();
    await expect(table).toContainText('Región Policial Piura');
    await expect(table).not.toContainText('PE-LAL');
  });

  test('the language switches to English without a reload', async ({ page }) => {
    await signIn(page, LEADER);
    await page.getByRole('button', { name: 'English' }).click();
    const englishNav = page.getByRole('navigation', {
      name: 'Main navigation',
    });
    await expect(englishNav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Marisol Chunga Purizaca');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(mainNav(page).getByRole('link', { name: 'Inicio' })).toBeVisible();
  });

  test('an admin reaches every admin screen', async ({ page }) => {
    await signIn(page, ADMIN);
    await mainNav(page).getByRole('link', { name: 'Administración' }).click();
    await expect(page).toHaveURL(/\/app\/admin\/agencias$/);
    await expect(page.getByRole('table')).toContainText('PE-PIU');

    const tabs = page.getByRole('navigation', { name: 'Administración' });
    await tabs.getByRole('link', { name: 'Grupos de intercambio' }).click();
    await expect(page.getByText('Macro-región Norte')).toBeVisible();

    await tabs.getByRole('link', { name: 'Usuarios' }).click();
    await expect(page.getByTestId('user-table')).toContainText('staff.piura@cumbre.demo');
    await page.getByLabel('Buscar por nombre o correo').fill('enlace');
    await expect(page.getByTestId('user-table').getByRole('row')).toHaveCount(2);
    await page.getByRole('link', { name: 'Jorge Inga Saavedra' }).click();
    await expect(page.getByRole('heading', { name: 'Membresías' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Asamblea Nacional de Gobiernos Regionales');

    await tabs.getByRole('link', { name: 'Auditoría' }).click();
    await expect(page.getByTestId('audit-table')).toContainText('admin@cumbre.demo');
  });

  test('a non-admin who types an admin address is sent home', async ({ page }) => {
    await signIn(page, LEADER);
    await page.goto('/app/admin/usuarios');
    await expect(page).toHaveURL(/\/app$/);
  });

  test('an unknown address shows the 404 page', async ({ page }) => {
    await page.goto('/no-existe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
  });
});
