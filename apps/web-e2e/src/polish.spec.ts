import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, newContextAtE2ENow, test } from './e2e-clock';
import {
  ADMIN,
  ANALYST,
  DEMO_SUMMIT_TITLE,
  LEADER,
  mainNav,
  signIn,
  signOut,
  STAFF,
  type DemoAccount,
} from './support';

// Issue 8: the home page shows the work, the bell reaches the agency's staff, phones do not
// scroll sideways, and axe finds nothing serious on the main pages.

const CONVENER: DemoAccount = {
  email: 'presidencia.pcm@cumbre.demo',
  displayName: 'Ricardo Valdivia Torrealva',
};
const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const body = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** The demo summit's page (5 December 2026), found through the calendar as a reader would. */
async function openDemoSummit(page: Page): Promise<string> {
  await page.goto('/app/reuniones/calendario?mes=2026-12');
  // The demo summit by its title: other journeys convene meetings on the same day in parallel.
  await page.getByTestId('day-2026-12-05').locator('a.chip', { hasText: DEMO_SUMMIT_TITLE }).click();
  await expect(page.getByTestId('meeting-title')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Serious and critical axe findings (WCAG 2 A and AA), as "rule: selector" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test.describe('polish', () => {
  test('an invited agency’s staff sees the invitation at home and in the bell, answers, and the convener sees it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const title = `Mesa de seguimiento (e2e ${Date.now().toString(36)})`;

    // --- the convener creates a meeting and invites GR Piura
    await signIn(page, CONVENER);
    await page.goto('/app/reuniones/nueva');
    await page.getByLabel('Título').fill(title);
    await page.getByRole('button', { name: 'Crear reunión' }).click();
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    const meetingUrl = new URL(page.url()).pathname;
    await page.getByTestId('invite-agencies').click();
    await page.getByRole('option', { name: 'Gobierno Regional de Piura' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('invite-button').click();
    await expect(page.getByTestId('rsvp-pending')).toContainText('Gobierno Regional de Piura');
    await signOut(page);

    // --- GR Piura's staff: the invitation waits on the home page and in the bell
    await signIn(page, STAFF);
    const awaiting = page.getByTestId('home-awaiting').getByRole('listitem').filter({ hasText: title });
    await expect(awaiting).toContainText('Invitación');
    await expect(awaiting).toContainText('Responde por Gobierno Regional de Piura');
    await page.getByTestId('notification-bell').click();
    await expect(page.getByRole('menuitem', { name: new RegExp(`Invitación: ${escapeRegExp(title)}`) })).toBeVisible();
    await page.keyboard.press('Escape');
    await awaiting.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(meetingUrl);
    const rsvp = page.getByTestId('rsvp-form-GR Piura');
    await rsvp.getByRole('radio', { name: 'Asistirá', exact: true }).check();
    await rsvp.getByRole('button', { name: 'Guardar respuesta' }).click();
    await expect(page.getByText('Respuesta guardada.')).toBeVisible();
    await page.goto('/app');
    await expect(page.getByTestId('home-next').or(page.getByTestId('home-empty'))).toBeVisible();
    await expect(page.getByTestId('home-awaiting').getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
    await signOut(page);

    // --- the convener finds the answer on their home page
    await signIn(page, CONVENER);
    const notes = page.getByTestId('home-notifications');
    await expect(notes).toContainText(`Respuesta: ${title}`);
    await expect(notes).toContainText('Gobierno Regional de Piura');
    await notes.getByRole('link', { name: 'Ver todas las notificaciones' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notificaciones');
    await expect(page.getByTestId('notifications-list')).toContainText(`Respuesta: ${title}`);
  });

  test('at 360 px no page scrolls sideways', async ({ page }) => {
    await signIn(page, CONVENER);
    await page.setViewportSize({ width: 360, height: 780 });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

    // The meeting page, with its widest part (the poll grid) on screen: it scrolls inside its box.
    const summit = await openDemoSummit(page);
    await expect(page.getByTestId('poll-grid')).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(360);
    await saveShot(page, 'meeting-360');

    for (const path of [
      '/app',
      '/app/reuniones',
      '/app/reuniones/calendario?mes=2026-12',
      '/app/reuniones/nueva',
      '/app/notificaciones',
      '/app/agencias',
      '/app/plan-de-accion',
      '/app/biblioteca',
      '/app/cuenta/sesiones',
      summit,
      // The printable agenda and minutes are documents, and on a phone they reflow too.
      `${summit}/agenda/imprimir`,
      `${summit}/acta/imprimir`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Late content first: nothing still loading, and the widest part of these two on screen.
      await expect(page.getByText('Cargando…')).toHaveCount(0);
      const widest = { '/app/plan-de-accion': 'plan-table', '/app/biblioteca': 'note-list' }[path];
      if (widest) await expect(page.getByTestId(widest)).toBeVisible();
      const width = await pageWidth();
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(360);
    }
  });

  test('axe finds no serious or critical violation on the main pages', async ({ page }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    async function check(paths: string[]): Promise<void> {
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText('Cargando…')).toHaveCount(0);
        found.push(...(await seriousViolations(page)).map((v) => `${path} ${v}`));
      }
    }
    // The meetings as their convener sees them (status buttons, poll, invitations)…
    await signIn(page, CONVENER);
    const summit = await openDemoSummit(page);
    await check(['/app', '/app/reuniones', summit, '/app/reuniones/calendario?mes=2026-12', '/app/notificaciones']);
    await signOut(page);
    // …and the administration as the platform admin.
    await signIn(page, ADMIN);
    await check(['/app/admin/usuarios', '/app/admin/agencias', '/app/admin/grupos', '/app/admin/auditoria']);
    expect(found).toEqual([]);
  });

  test('the home page of a leader, a staff member and an analyst (screenshots saved)', async ({ page }) => {
    for (const [name, account] of [
      ['home-leader', LEADER],
      ['home-staff', STAFF],
      ['home-analyst', ANALYST],
    ] as const) {
      await signIn(page, account);
      await expect(page.getByTestId('home-next').or(page.getByTestId('home-empty'))).toBeVisible();
      await expect(page.getByTestId('home-notifications').or(page.getByTestId('home-empty'))).toBeVisible();
      await saveShot(page, name);
      await signOut(page);
    }
  });
});

test.describe('polish: forms, keyboard, console', () => {
  test('in an en-US browser the forms show and accept 05/12/2026 and 09:00 (dd/mm/aaaa, 24 h)', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const context = await newContextAtE2ENow(browser, { baseURL, locale: 'en-US', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await signIn(page, CONVENER);

    // An existing meeting reads back as the Peruvian date and a 24-hour time.
    const summit = await openDemoSummit(page);
    await page.goto(`${summit}/editar`);
    await expect(page.getByLabel('Fecha de inicio')).toHaveValue('05/12/2026');
    await expect(page.getByLabel('Hora de inicio')).toHaveValue('09:00');

    // A new one is typed the same way, with the format, the years and the limits shown first.
    await page.goto('/app/reuniones/nueva');
    const form = page.getByTestId('meeting-form');
    await expect(page.getByLabel('Fecha de inicio')).toHaveAttribute('placeholder', 'dd/mm/aaaa');
    await expect(form).toContainText('dd/mm/aaaa, años 2000–2100');
    await expect(form).toContainText('24 horas, hh:mm');
    await expect(page.getByTestId('title-count')).toHaveText('0 / 200');
    await page.getByLabel('Fecha de inicio').fill('05/12/2026');
    await page.getByLabel('Hora de inicio').fill('9:00');
    await page.getByLabel('Hora de fin').fill('13:00');
    await page.getByLabel('Hora de fin').blur();
    await expect(page.getByLabel('Hora de inicio')).toHaveValue('09:00');
    await expect(page.getByLabel('Fecha de fin')).toHaveValue('05/12/2026');
    await expect(page.getByTestId('time-preview')).toContainText('05/12/2026 09:00–13:00 hora de Lima (UTC−5)');
    // The calendar button opens on that day.
    await page.getByRole('button', { name: 'Abrir calendario' }).first().click();
    await expect(page.locator('.mat-calendar-body-selected')).toHaveText('5');
    // Escape closes it once the calendar holds the focus (it moves there as the panel opens; CI
    // once pressed Escape before, and the panel stayed open through the retry too).
    await expect(page.locator('.mat-calendar-body-active')).toBeFocused();
    // The calendar's dialog is labelled by the field: wait until it is gone, or "Fecha de inicio"
    // names two elements (CI saw it once, while the closing animation ran).
    await expect(async () => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 2000 });
    }).toPass({ timeout: 15_000 });

    // Out of range and over-long: said at once, nothing cut.
    await page.getByLabel('Fecha de fin').fill('05/12/2101');
    await page.getByLabel('Fecha de fin').blur();
    await expect(form).toContainText('La fecha debe caer entre los años 2000 y 2100.');
    const long = 'Mesa '.repeat(45);
    await page.getByLabel('Título').fill(long);
    await expect(page.getByLabel('Título')).toHaveValue(long);
    await expect(form).toContainText(`Debe tener como máximo 200 caracteres. (${long.length} / 200)`);

    // Saved and shown back, on a day of its own.
    const title = `Fechas en en-US (e2e ${Date.now().toString(36)})`;
    await page.getByLabel('Título').fill(title);
    await page.getByLabel('Fecha de inicio').fill('14/01/2027');
    await page.getByLabel('Fecha de fin').fill('14/01/2027');
    await page.getByRole('button', { name: 'Crear reunión' }).click();
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    await expect(page.getByTestId('meeting-when')).toContainText('14/01/2027 09:00–13:00');
    await context.close();
  });

  test('the calendar’s arrow keys never drop a press, however fast', async ({ page }) => {
    await signIn(page, CONVENER);
    await page.goto('/app/reuniones/calendario?mes=2026-12');
    await page.getByTestId('day-2026-12-05').getByRole('button').click();
    // Thirty presses in one burst, before the page can re-render once, across a month's end.
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++)
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await expect(page.getByTestId('month-title')).toHaveText('enero de 2027');
    await expect(page.getByTestId('day-panel')).toContainText('lunes, 4 de enero de 2027');
    await expect(page.locator('button[data-date="2027-01-04"]')).toBeFocused();
    // And real key presses, as fast as Playwright types them: 3 weeks back, 2 days on.
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await expect(page.getByTestId('day-panel')).toContainText('miércoles, 16 de diciembre de 2026');
    await expect(page.locator('button[data-date="2026-12-16"]')).toBeFocused();
  });

  test('no console errors signed out or on a meeting without a poll; focus on the heading; no label mismatch', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    const mismatches: string[] = [];
    const checkNames = async () => {
      const result = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
      mismatches.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${page.url()} ${n.target.join(' ')}`)));
    };

    // An ordinary signed-out visit.
    for (const path of ['/', '/ingresar', '/contrasena/olvide']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkNames();
    }
    await page.goto('/app/reuniones');
    await expect(page).toHaveURL(/\/ingresar/);
    expect(errors).toEqual([]);

    // A meeting without a poll, opened after moving around with the main menu.
    await signIn(page, CONVENER);
    await mainNav(page).getByRole('link', { name: 'Reuniones' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.goto('/app/reuniones/nueva');
    const title = `Sin votación (e2e ${Date.now().toString(36)})`;
    await page.getByLabel('Título').fill(title);
    await page.getByRole('button', { name: 'Crear reunión' }).click();
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.reload();
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    await expect(page.getByText('Cargando…')).toHaveCount(0);
    await checkNames();
    for (const path of ['/app', '/app/reuniones', '/app/reuniones/calendario?mes=2026-12', '/app/notificaciones']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Cargando…')).toHaveCount(0);
      await checkNames();
    }
    expect(errors).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
