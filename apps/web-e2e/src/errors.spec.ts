import type { Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './e2e-clock';
import { LEADER, signIn } from './support';

// Errors are worded by the web app from the API's codes: a stale version and a too-long field,
// in Spanish and in English, naming the field.

async function createMeeting(page: Page, title: string): Promise<string> {
  await page.goto('/app/reuniones/nueva');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nueva reunión');
  await page.getByLabel('Título').fill(title);
  await page.getByRole('button', { name: 'Crear reunión' }).click();
  await expect(page).toHaveURL(/\/app\/reuniones\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test.describe('errors by code', () => {
  test('a second save over a stale version says someone else changed it', async ({ browser }) => {
    // Two browsers sign in and load the form: more than one journey's worth of work.
    test.setTimeout(120_000);
    const first = await browser.newPage();
    const second = await browser.newPage();
    for (const page of [first, second]) {
      await page.clock.install({ time: E2E_NOW });
      await signIn(page, LEADER);
    }
    const url = await createMeeting(first, `Conflicto de versión ${Date.now()}`);

    // Both open the edit form of the same version.
    for (const page of [first, second]) {
      await page.goto(`${url}/editar`);
      await expect(page.getByLabel('Título')).not.toHaveValue('');
    }
    await first.getByLabel('Título').fill('Guardado primero');
    await first.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(first).toHaveURL(new RegExp(`${url}$`));

    await second.getByLabel('Título').fill('Guardado después');
    await second.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(second.getByTestId('form-errors')).toContainText(
      'Otra persona cambió estos datos mientras los editabas',
    );
    await expect(second).toHaveURL(new RegExp(`${url}/editar$`));
    await first.close();
    await second.close();
  });

  test('a title over the limit is refused by the server, naming the field, in Spanish and in English', async ({
    page,
  }) => {
    await signIn(page, LEADER);
    // The form stops a long title itself; the request is lengthened on its way, so that what
    // shows is the server's answer, worded from its code.
    await page.route('**/api/meetings', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({
        postData: JSON.stringify({ ...body, title: 'x'.repeat(201) }),
      });
    });
    await page.goto('/app/reuniones/nueva');
    await page.getByLabel('Título').fill('Un título corto');
    await page.getByRole('button', { name: 'Crear reunión' }).click();
    const titleField = page.locator('mat-form-field', { hasText: 'Título' });
    await expect(titleField).toContainText('Máximo 200 caracteres.');
    await expect(page).toHaveURL(/\/app\/reuniones\/nueva$/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Create meeting' }).click();
    const titleFieldEn = page.locator('mat-form-field', { hasText: 'Title' });
    await expect(titleFieldEn).toContainText('At most 200 characters.');
  });
});
