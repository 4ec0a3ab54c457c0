import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, newContextAtE2ENow, test } from './e2e-clock';
import { LEADER, mainNav, signIn, type DemoAccount } from './support';

// The knowledge-notes journey (issue #10): an analyst of Piura files an AMBER note for the
// Macro-región Norte group; an analyst of Lambayeque finds it by searching a stemmed word without
// accents; a user of an agency outside the group (Región Policial Piura, cleared AMBER) can
// neither find it nor open its URL; the Piura leader (the author agency's head) sees who read it.
// The people are demo personas (apps/api/src/demo/demo-identity.data.ts).

const PIURA_ANALYST: DemoAccount = {
  email: 'analista.piura@cumbre.demo',
  displayName: 'Rocío Seminario Castro',
};
const LAMBAYEQUE_ANALYST: DemoAccount = {
  email: 'analista.lambayeque@cumbre.demo',
  displayName: 'Hugo Fiestas Ñañez',
};
/** Región Policial Piura: cleared AMBER, but not in the Macro-región Norte group. */
const POLICE_ANALYST: DemoAccount = {
  email: 'analista.regpol@cumbre.demo',
  displayName: 'Kevin Ruiz Chávez',
};

const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');
const RUN = Date.now().toString(36);

async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const body = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

async function asUser(browser: Browser, account: DemoAccount): Promise<Page> {
  const context = await newContextAtE2ENow(browser, { locale: 'es-PE', timezoneId: 'America/Lima' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

async function searchLibrary(page: Page, q: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Biblioteca' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biblioteca');
  await page.getByTestId('library-q').fill(q);
  await page.getByTestId('library-search').click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}`));
  await expect(page.getByTestId('library-count')).toBeVisible();
}

test.describe('knowledge notes', () => {
  test('an AMBER note reaches its sharing group, only it, and its leader sees who read it', async ({
    browser,
    page,
  }) => {
    test.setTimeout(240_000);
    const title = `Red de extorsión a mototaxistas en Sullana (e2e ${RUN})`;

    // --- the analyst of Piura files an AMBER note for the Macro-región Norte group
    const author = await asUser(browser, PIURA_ANALYST);
    await mainNav(author).getByRole('link', { name: 'Biblioteca' }).click();
    await author.getByTestId('new-note').click();
    await expect(author.getByRole('heading', { level: 1 })).toHaveText('Nueva nota');
    await author.getByTestId('kind-intelligence').click();
    await expect(author.getByTestId('intel-fields')).toBeVisible();
    await author.getByTestId('note-marking').click();
    await author.getByRole('option', { name: 'TLP:AMBER', exact: true }).click();
    await author.getByTestId('note-distribution-select').click();
    await author.getByRole('option', { name: 'Un grupo de intercambio' }).click();
    await author.getByTestId('note-group').click();
    await author.getByRole('option', { name: 'Macro-región Norte' }).click();
    await expect(author.getByTestId('tlp-banner')).toContainText('TLP:AMBER');
    await author.getByTestId('note-title-input').fill(title);
    await author.getByTestId('note-summary-input').fill('Cobro de cupos a mototaxistas; posible vínculo con Chiclayo.');
    await author
      .getByTestId('md-input')
      .fill(
        'Se detectó una **red de extorsión** que cobra cupos a mototaxistas de Sullana.\n\n- Llamadas desde penales\n- Pagos por billetera digital',
      );
    await author.getByTestId('md-preview-tab').click();
    await expect(author.getByTestId('md-preview').locator('strong')).toHaveText('red de extorsión');
    await author.getByRole('button', { name: 'Escribir' }).click();
    await author.getByTestId('note-tags-input').fill('extorsión, mototaxis');
    await saveShot(author, 'notes-editor');
    await author.getByTestId('save-note').click();
    await expect(author).toHaveURL(/\/app\/biblioteca\/[0-9a-f-]{36}$/);
    await expect(author.getByTestId('note-title')).toHaveText(title);
    await expect(author.getByTestId('tlp-banner')).toContainText('TLP:AMBER');
    await expect(author.getByTestId('tlp-banner')).toContainText('dentro de su organización');
    await expect(author.getByTestId('note-distribution')).toContainText('Macro-región Norte');
    const noteUrl = new URL(author.url()).pathname;
    await saveShot(author, 'notes-note-desktop');
    await author.setViewportSize({ width: 360, height: 780 });
    expect(await author.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveShot(author, 'notes-note-360');
    await author.context().close();

    // --- an analyst of Lambayeque finds it by a stemmed word without accents, and reads it
    const reader = await asUser(browser, LAMBAYEQUE_ANALYST);
    await searchLibrary(reader, 'extorsiones mototaxista');
    const hit = reader.getByTestId('note-list').locator('li', { hasText: title });
    await expect(hit).toBeVisible();
    await expect(hit.locator('mark').first()).toBeVisible();
    await saveShot(reader, 'notes-library-desktop');
    await reader.setViewportSize({ width: 360, height: 780 });
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveShot(reader, 'notes-library-360');
    await hit.getByRole('link', { name: title }).click();
    await expect(reader.getByTestId('note-title')).toHaveText(title);
    await expect(reader.getByTestId('note-body').locator('strong')).toHaveText('red de extorsión');
    await expect(reader.getByTestId('note-readers')).toHaveCount(0);
    await reader.context().close();

    // --- a user of an agency outside the group can neither find it nor open its URL
    const stranger = await asUser(browser, POLICE_ANALYST);
    await searchLibrary(stranger, 'extorsiones mototaxista');
    await expect(stranger.getByTestId('note-list')).not.toContainText(title);
    await stranger.goto(noteUrl);
    await expect(stranger.getByTestId('note-error')).toHaveText('No se encontró la nota, o no tienes acceso a ella.');
    await expect(stranger.getByTestId('note-title')).toHaveCount(0);
    await stranger.context().close();

    // --- the Piura leader sees who read it
    await signIn(page, LEADER);
    await page.goto(noteUrl);
    await expect(page.getByTestId('note-title')).toHaveText(title);
    const readers = page.getByTestId('note-readers');
    await expect(readers).toBeVisible();
    await expect(
      readers.getByRole('row', { name: new RegExp(`${LAMBAYEQUE_ANALYST.displayName}.*La abrió`) }),
    ).toBeVisible();
    await expect(readers).not.toContainText(POLICE_ANALYST.displayName);
    await saveShot(page, 'notes-readers-desktop');
  });
});
