import { expect, test } from './e2e-clock';
import { ADMIN, ANALYST, DEMO_PASSWORD, LEADER, LIAISON, mainNav, MODERATOR, signIn, signOut, STAFF } from './support';

test.describe('signing in and out', () => {
  for (const [account, showsAdmin] of [
    [ADMIN, 1],
    [MODERATOR, 0],
    [LEADER, 0],
    [STAFF, 0],
    [ANALYST, 0],
  ] as const) {
    test(`${account.email} sees the navigation of their role and can sign out`, async ({ page }) => {
      await signIn(page, account);
      const nav = mainNav(page);
      await expect(nav.getByRole('link', { name: 'Inicio' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Directorio de agencias' })).toBeVisible();
      // Administración only for the platform admin; no one here has two memberships, so no switcher.
      await expect(nav.getByRole('link', { name: 'Administración' })).toHaveCount(showsAdmin);
      await expect(page.getByTestId('agency-switcher')).toHaveCount(0);

      await signOut(page);
      // Signed out for real: the staff area sends back to sign-in.
      await page.goto('/app');
      await expect(page).toHaveURL(/\/ingresar\?volver=%2Fapp/);
    });
  }

  test('a wrong password gets a clear message', async ({ page }) => {
    await page.goto('/ingresar');
    // An address no account has: failures count towards the per-account limit, and a demo account must not be locked by test runs.
    await page.getByLabel('Correo institucional').fill(`nadie-${Date.now()}@cumbre.demo`);
    await page.getByLabel('Contraseña', { exact: true }).fill('no-es-la-contraseña');
    await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Correo o contraseña incorrectos.');
    await expect(page).toHaveURL(/\/ingresar$/);
  });

  test('empty fields are named before anything is sent', async ({ page }) => {
    await page.goto('/ingresar');
    await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
    await expect(page.getByText('Este campo es obligatorio.')).toHaveCount(2);
  });

  test('a user with two memberships switches agency, and the choice is remembered', async ({ page }) => {
    await signIn(page, LIAISON);
    const switcher = page.getByTestId('agency-switcher');
    await expect(switcher).toBeVisible();
    await expect(page.getByTestId('memberships').getByRole('listitem')).toHaveCount(2);

    // Signed in acting for the first membership; the menu offers the other one.
    await switcher.click();
    const current = page.getByRole('menuitemradio', { checked: true });
    const other = page.getByRole('menuitemradio', { checked: false });
    const currentName = (await current.innerText()).replace('✓', '').trim();
    const otherName = (await other.innerText()).trim();
    await expect(switcher).toHaveAttribute('aria-label', new RegExp(currentName));
    await other.click();
    await expect(switcher).toHaveAttribute('aria-label', new RegExp(otherName));
    await page.reload();
    await expect(page.getByTestId('agency-switcher')).toHaveAttribute('aria-label', new RegExp(otherName));
  });

  test('the staff area asks to sign in first and then returns where the user was going', async ({ page }) => {
    await page.goto('/app/agencias');
    await expect(page).toHaveURL(/\/ingresar\?volver=%2Fapp%2Fagencias/);
    await page.getByLabel('Correo institucional').fill(STAFF.email);
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
    await expect(page).toHaveURL(/\/app\/agencias$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directorio de agencias');
  });
});
