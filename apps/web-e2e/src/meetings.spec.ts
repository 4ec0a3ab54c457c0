import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  dayOfMonthAhead,
  dayTitle,
  ddmmyyyy,
  expect,
  limaDate,
  monthKey,
  monthTitle,
  newContextAtE2ENow,
  test,
  E2E_NOW,
} from './e2e-clock';
import { LEADER, signIn, signOut, STAFF, type DemoAccount } from './support';

// The summit journey: a convener creates a summit, runs a date poll for the 4th and 5th of next
// month (answers until the 3rd), two agencies answer, the convener picks the 5th, an agency
// accepts naming a delegate, and the meeting shows in that delegate's calendar in Lima time.
// Dates count from the journeys' clock (e2e-clock.ts): with its default, today is 27 November
// 2026 and the summit falls on 5 December, like the demo's. Tests about the demo summit itself
// name its real date, 5 December 2026.

const CONVENER: DemoAccount = {
  email: 'presidencia.pcm@cumbre.demo',
  displayName: 'Ricardo Valdivia Torrealva',
};
const LALIBERTAD_LEADER: DemoAccount = {
  email: 'presidencia.lalibertad@cumbre.demo',
  displayName: 'Óscar Alvarado Benites',
};
const TODAY = limaDate(E2E_NOW);
const DEADLINE_DAY = dayOfMonthAhead(1, 3);
const SLOT4_DAY = dayOfMonthAhead(1, 4);
const SLOT5_DAY = dayOfMonthAhead(1, 5);
const limaSlot = (day: string) => `${ddmmyyyy(day)} 09:00–13:00 hora de Lima (UTC−5)`;
const LIMA_DAY = limaSlot(SLOT5_DAY);
const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const body = await page.screenshot({
    fullPage: true,
    path: join(SCREENSHOTS, `${name}.png`),
  });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

async function openMeeting(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('meeting-title')).toHaveText(title);
}

/** One agency's row of the poll grid: choose an answer per slot and save. */
async function answerPoll(
  page: Page,
  agency: string,
  answers: Record<string, 'yes' | 'if_need_be' | 'no'>,
): Promise<void> {
  const row = page.getByTestId(`poll-row-${agency}`);
  for (const [slot, answer] of Object.entries(answers)) {
    await row.getByLabel(`Respuesta de ${agency} para ${slot}`).selectOption(answer);
  }
  await page.getByRole('button', { name: `Guardar respuestas de ${agency}` }).click();
  await expect(page.getByText('Respuestas guardadas.')).toBeVisible();
}

test.describe('meetings', () => {
  test('a summit is convened, a date is found by poll, a delegate sees it in the calendar', async ({ page }) => {
    test.setTimeout(240_000);
    const title = `Cumbre de seguridad del norte (e2e ${Date.now().toString(36)})`;
    const slot4 = limaSlot(SLOT4_DAY);
    const slot5 = LIMA_DAY;

    // --- the convener creates the summit as a draft whose date a poll will decide
    await signIn(page, CONVENER);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Reuniones' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mis reuniones');
    await page.getByTestId('new-meeting').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nueva reunión');
    await expect(page.getByTestId('time-zone')).toContainText('America/Lima');
    await page.getByLabel('Título').fill(title);
    await page
      .getByLabel('Descripción')
      .fill(
        'Cumbre de seguridad ciudadana de la macro-región norte: extorsión, secuestro y delitos en la vía pública.',
      );
    await page.getByLabel('Sede').fill('Centro de Convenciones Miraflores del Norte (ficticio)');
    await page.getByLabel('Ciudad').fill('Piura');
    await saveShot(page, 'meeting-create');
    await page.getByRole('button', { name: 'Crear reunión' }).click();
    await expect(page).toHaveURL(/\/app\/reuniones\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('meeting-title')).toHaveText(title);
    await expect(page.getByTestId('meeting-status')).toHaveText('Borrador');
    const meetingUrl = new URL(page.url()).pathname;

    // --- invites two regional governments
    await page.getByTestId('invite-agencies').click();
    await page.getByRole('option', { name: 'Gobierno Regional de Piura' }).click();
    await page.getByRole('option', { name: 'Gobierno Regional de La Libertad' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('invite-button').click();
    await expect(page.getByTestId('rsvp-pending')).toContainText('Gobierno Regional de Piura');
    await expect(page.getByTestId('rsvp-pending')).toContainText('Gobierno Regional de La Libertad');

    // --- proposes the 4th and 5th of next month, 09:00–13:00 Lima time, answers until the 3rd
    await page.getByTestId('propose-dates').click();
    const first = page.getByTestId('slot-row-0');
    await first.getByLabel('Fecha', { exact: true }).fill(SLOT4_DAY);
    await first.getByLabel('Inicio').fill('09:00');
    await first.getByLabel('Fin').fill('13:00');
    const second = page.getByTestId('slot-row-1');
    await second.getByLabel('Fecha', { exact: true }).fill(SLOT5_DAY);
    await second.getByLabel('Inicio').fill('09:00');
    await second.getByLabel('Fin').fill('13:00');
    await page.getByTestId('deadline-date').fill(DEADLINE_DAY);
    await page.getByTestId('deadline-time').fill('23:59');
    await page.getByRole('button', { name: 'Abrir la votación' }).click();
    await expect(page.getByTestId('poll-grid')).toContainText('hora de Lima (UTC−5)');
    await expect(page.getByTestId('poll-open')).toContainText(`${ddmmyyyy(DEADLINE_DAY)} 23:59 hora de Lima (UTC−5)`);
    await signOut(page);

    // --- GR Piura (its staff, on behalf of the governor) cannot on the 4th, can on the 5th
    await signIn(page, STAFF);
    await openMeeting(page, meetingUrl, title);
    await answerPoll(page, 'GR Piura', { [slot4]: 'no', [slot5]: 'yes' });
    await expect(page.getByTestId('poll-row-GR Piura')).toContainText('Respondió Andrea Zapata Ruesta');
    await signOut(page);

    // --- GR La Libertad's governor: the 4th if need be, the 5th yes
    await signIn(page, LALIBERTAD_LEADER);
    await openMeeting(page, meetingUrl, title);
    await answerPoll(page, 'GR La Libertad', {
      [slot4]: 'if_need_be',
      [slot5]: 'yes',
    });
    await signOut(page);

    // --- the convener sees the tally; the 4th needs confirmation, the 5th is picked
    await signIn(page, CONVENER);
    await openMeeting(page, meetingUrl, title);
    await expect(page.getByTestId('tally-0')).toContainText('1 no');
    await expect(page.getByTestId('tally-1')).toContainText('2 sí');
    await expect(page.getByTestId('slot-1')).toContainText('Mejor opción');
    await saveShot(page, 'meeting-poll');
    await page.getByTestId('pick-0').click();
    await expect(page.getByTestId('pick-confirm')).toContainText(
      'Atención: Gobierno Regional de Piura respondió que no puede en esta fecha.',
    );
    await page.getByRole('button', { name: 'Volver' }).click();
    await expect(page.getByTestId('pick-confirm')).toHaveCount(0);
    await page.getByTestId('pick-1').click();
    // Every pick is confirmed in the dialog, which says who is told and that answers are still open.
    await expect(page.getByTestId('pick-confirm')).toContainText('Se avisará a las agencias invitadas');
    await expect(page.getByTestId('pick-confirm')).toContainText('El plazo para responder sigue abierto');
    await page.getByTestId('pick-confirm-yes').click();
    // Picking may reveal clashes with other meetings; the journey confirms them knowingly.
    const anyway = page.getByRole('button', { name: 'Elegir de todos modos' });
    await expect(page.getByTestId('meeting-status').filter({ hasText: 'Programada' }).or(anyway)).toBeVisible();
    // eslint-disable-next-line playwright/no-conditional-in-test -- clashes exist only when the server is reused across runs
    if (await anyway.isVisible()) await anyway.click();
    await expect(page.getByTestId('meeting-status')).toHaveText('Programada');
    await expect(page.getByTestId('meeting-when')).toHaveText(LIMA_DAY);
    await expect(page.getByTestId('poll-chosen')).toContainText(`Fecha elegida: ${LIMA_DAY}`);
    await expect(page.getByTestId('ics-link')).toHaveAttribute(
      'href',
      `/api/meetings/${meetingUrl.split('/').pop()}.ics`,
    );
    await signOut(page);

    // --- GR Piura accepts and names the governor as its delegate
    await signIn(page, STAFF);
    await openMeeting(page, meetingUrl, title);
    const rsvp = page.getByTestId('rsvp-form-GR Piura');
    await rsvp.getByRole('radio', { name: 'Asistirá', exact: true }).check();
    await rsvp.getByRole('checkbox', { name: LEADER.displayName }).check();
    await rsvp.getByLabel('Nota (opcional)').fill('Asiste la gobernadora regional.');
    await rsvp.getByRole('button', { name: 'Guardar respuesta' }).click();
    await expect(page.getByText('Respuesta guardada.')).toBeVisible();
    const coming = page.getByTestId('rsvp-accepted');
    await expect(coming).toContainText('Gobierno Regional de Piura');
    await expect(coming).toContainText(LEADER.displayName);
    await signOut(page);

    // --- the delegate was notified, and finds the summit in next month's calendar, in Lima time
    await signIn(page, LEADER);
    await expect(page.getByTestId('notification-count')).toBeVisible();
    await page.getByTestId('notification-bell').click();
    await expect(
      page.getByRole('menuitem', {
        name: new RegExp(`Invitación: ${escapeRegExp(title)}`),
      }),
    ).toBeVisible();
    await expect(page.locator('.mat-mdc-menu-panel')).toHaveCSS('opacity', '1');
    await saveShot(page, 'notifications');
    await page.keyboard.press('Escape');

    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Reuniones' })
      .click();
    await page.getByRole('link', { name: 'Ver calendario' }).click();
    await expect(page.getByTestId('month-title')).toHaveText(monthTitle(TODAY));
    await page.getByTestId('next-month').click();
    await expect(page.getByTestId('month-title')).toHaveText(monthTitle(SLOT5_DAY));
    await expect(page).toHaveURL(new RegExp(`mes=${monthKey(SLOT5_DAY)}`));
    const day5 = page.getByTestId(`day-${SLOT5_DAY}`);
    // The cell shows the first meetings of the day (earlier runs add more); the list below has them all.
    await expect(day5.locator('a.chip').first()).toContainText('09:00');
    await day5.getByRole('button', { name: new RegExp(dayTitle(SLOT5_DAY)) }).click();
    const panel = page.getByTestId('day-panel');
    await expect(panel).toContainText(`Reuniones del ${dayTitle(SLOT5_DAY)}`);
    const entry = panel.getByRole('listitem').filter({ hasText: title });
    await expect(entry).toContainText(LIMA_DAY);
    await expect(entry).toContainText('hora de Lima');
    await saveShot(page, 'meetings-calendar');

    // The keyboard moves across days and months.
    await day5.getByRole('button').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('day-panel')).toContainText(dayTitle(dayOfMonthAhead(1, 6)));
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('month-title')).toHaveText(monthTitle(TODAY));
    await expect(page.getByTestId('day-panel')).toContainText(dayTitle(dayOfMonthAhead(0, 6)));

    await page.goto(meetingUrl);
    await expect(page.getByTestId('meeting-when')).toHaveText(LIMA_DAY);
    await expect(page.getByTestId('meeting-when-local')).toHaveCount(0);
  });

  test('a reader in another time zone sees the Lima time and their own beside it', async ({ browser, baseURL }) => {
    const context = await newContextAtE2ENow(browser, {
      baseURL,
      locale: 'es-PE',
      timezoneId: 'Europe/Madrid',
    });
    const page = await context.newPage();
    await signIn(page, LEADER);
    await page.goto('/app/reuniones/calendario?mes=2026-12');
    const entry = page.getByTestId('day-2026-12-05').locator('a.chip').first();
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page.getByTestId('meeting-title')).toBeVisible();
    await expect(page.getByTestId('meeting-when')).toContainText('hora de Lima (UTC−5)');
    await expect(page.getByTestId('meeting-when-local')).toContainText('hora de Madrid (UTC+1)');
    await context.close();
  });

  test('the personal calendar feed is created, rotated, subscribed to and revoked', async ({ page, request }) => {
    await signIn(page, {
      email: 'staff.lalibertad@cumbre.demo',
      displayName: 'Luis Gamarra Cueva',
    });
    await page.goto('/app/reuniones');
    const feed = page.getByTestId('calendar-feed');
    // A feed left over from an earlier run is revoked first, so the journey starts from none.
    // eslint-disable-next-line playwright/no-conditional-in-test -- the feed outlives a run when the server is reused
    if (await feed.getByRole('button', { name: 'Revocar enlace' }).isVisible()) {
      await feed.getByRole('button', { name: 'Revocar enlace' }).click();
      await page.getByTestId('feed-confirm-yes').click();
    }
    await expect(feed).toContainText('No tienes un enlace de calendario activo.');
    await feed.getByRole('button', { name: 'Crear enlace' }).click();
    const url = await feed.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/calendar\/feed\/[^/]+\.ics$/);
    const ics = await request.get(new URL(url).pathname);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    await feed.getByRole('button', { name: 'Generar un enlace nuevo' }).click();
    // Replacing and revoking the link are asked in the app's own dialog, not the browser's.
    await expect(page.getByTestId('feed-confirm')).toContainText('El enlace actual dejará de funcionar');
    await page.getByTestId('feed-confirm-yes').click();
    await expect(feed.getByTestId('feed-url')).not.toHaveValue(url);
    expect((await request.get(new URL(url).pathname)).status()).toBe(404);

    await feed.getByRole('button', { name: 'Revocar enlace' }).click();
    await page.getByTestId('feed-confirm-no').click();
    await expect(feed.getByTestId('feed-url')).toBeVisible();
    await feed.getByRole('button', { name: 'Revocar enlace' }).click();
    await page.getByTestId('feed-confirm-yes').click();
    await expect(feed).toContainText('No tienes un enlace de calendario activo.');
  });

  test('the meeting pages on a phone and on a desktop (screenshots saved)', async ({ page }) => {
    await signIn(page, LEADER);
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/app/reuniones');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mis reuniones');
      await expect(page.getByTestId('calendar-feed')).toBeVisible();
      await expect(page.getByTestId('agenda').first()).toBeVisible();
      await saveShot(page, `meetings-list-${name}`);
      await page.goto('/app/reuniones/calendario?mes=2026-12');
      await expect(page.getByTestId('month-title')).toHaveText('diciembre de 2026');
      await expect(page.getByTestId('day-panel')).toContainText('sábado, 5 de diciembre de 2026');
      await saveShot(page, `meetings-calendar-${name}`);
      await page.getByTestId('day-2026-12-05').locator('a.chip').first().click();
      await expect(page.getByTestId('meeting-title')).toBeVisible();
      await expect(page.getByTestId('invitations')).toBeVisible();
      await saveShot(page, `meeting-detail-${name}`);
      const poll = page.getByTestId('poll-panel');
      await expect(poll).toBeVisible();
      await poll.screenshot({
        path: join(SCREENSHOTS, `poll-grid-${name}.png`),
      });
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
