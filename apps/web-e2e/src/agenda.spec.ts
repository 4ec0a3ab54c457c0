import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { daysAfter, expect, monthKey, newContextAtE2ENow, test } from './e2e-clock';
import { signIn, signOut, STAFF } from './support';
import { type AgendaMeeting, conveneAgendaMeeting, CONVENER, HOST_STAFF, INVITED_STAFF } from './agenda-world';

// Issue 9, the web half: the convener drafts a meeting's agenda (adds items, moves one by
// keyboard alone and one by drag and drop), an invited agency's staff proposes an item, the
// convener places it, publishes version 2 (the dialog says who will be told) and sees what
// changed since version 1; the convener names a secretary, who records a decision and an action
// item that the owner agency marks done; screenshots of the editor at desktop and phone width.
// The meeting is the journeys' own, convened ahead of E2E_NOW with the demo summit's agenda as
// version 1 (agenda-world.ts), so that they run on any clock.

/** La Libertad's delegate to the meeting: the convener names them secretary in the journey. */
const SECRETARY = INVITED_STAFF;
/** Piura's staff: their agency owns the action item the secretary records. */
const OWNER = STAFF;
const PIURA = 'Gobierno Regional de Piura';
const SECTION = 'Situación regional: extorsión y sicariato';
const INTELLIGENCE = 'Intercambio de información e inteligencia entre regiones';
const LA_LIBERTAD = 'Gobierno Regional de La Libertad';
const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const body = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** Serious and critical axe findings (WCAG 2 A and AA), as "rule: selector" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The journeys' meeting is convened once, before the first of them (see the describe block). */
let meeting: AgendaMeeting;

/** The meeting's agenda, reached from the calendar and the meeting page. */
async function openAgenda(page: Page): Promise<string> {
  await page.goto(`/app/reuniones/calendario?mes=${monthKey(meeting.day)}`);
  // By its title: other journeys convene meetings on the same day in parallel.
  await page.getByTestId(`day-${meeting.day}`).locator('a.chip', { hasText: meeting.title }).click();
  await expect(page.getByTestId('meeting-title')).toBeVisible();
  await page.getByTestId('agenda-link').click();
  await expect(page.getByTestId('agenda-title')).toContainText('Agenda');
  return new URL(page.url()).pathname;
}

const rows = (page: Page) => page.getByTestId('agenda-tree').getByTestId('agenda-item');
const row = (page: Page, title: string) => page.locator(`[data-testid="agenda-item"][data-title="${title}"]`);

async function titles(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-title') ?? ''));
}

async function addItem(page: Page, title: string, minutes: number): Promise<void> {
  const form = page.locator('#add-item-title ~ app-agenda-item-form');
  await form.getByLabel('Título').fill(title);
  await form.getByLabel('Minutos previstos').fill(String(minutes));
  await form.getByTestId('agenda-item-save').click();
  await expect(row(page, title)).toBeVisible();
}

/** CDK drag and drop with a real pointer: press, move past the threshold, glide, release. */
async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('nothing to drag');
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, from.y + from.height / 2 - 10, { steps: 4 });
  await page.mouse.move(x, to.y + 4, { steps: 25 });
  // CDK sorts by moving the placeholder (an animated transform): release once it stands where the target stood.
  const placeholder = page.locator('.cdk-drag-placeholder');
  await expect
    .poll(async () => Math.abs(((await placeholder.boundingBox())?.y ?? Infinity) - to.y))
    .toBeLessThan(to.height / 2);
  await page.mouse.up();
}

test.describe.serial('agenda', () => {
  const run = Date.now().toString(36);
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const baseURL = test.info().project.use.baseURL;
    if (!baseURL) throw new Error('the journeys need a baseURL (playwright.config.mts)');
    meeting = await conveneAgendaMeeting(baseURL, `Seguimiento de la cumbre de seguridad (e2e ${run})`);
  });

  const itemA = `Coordinación con fiscalías (e2e ${run})`;
  const itemB = `Protocolo de alerta temprana (e2e ${run})`;
  const proposal = `Ruta segura para transportistas (e2e ${run})`;
  const decision = `Crear una mesa técnica de inteligencia regional (e2e ${run})`;
  const task = `Designar enlace de inteligencia (e2e ${run})`;

  test('the convener drafts items and reorders them by keyboard and by drag and drop', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, CONVENER);
    await openAgenda(page);

    // Times in the meeting's zone, the zone named; the summit's agenda, copied, is version 1.
    await expect(rows(page).first().getByTestId('agenda-item-time')).toHaveText('09:00 hora de Lima');
    await expect(page.getByTestId('agenda-status')).toHaveText('Publicada (versión 1)');
    // Who presents: the agency, then the person, as one phrase.
    await expect(rows(page).first().getByTestId('agenda-presenter')).toHaveText(
      '· Presidencia del Consejo de Ministros, Ricardo Valdivia Torrealva',
    );

    await addItem(page, itemA, 120);
    await addItem(page, itemB, 90);
    await expect(page.getByTestId('agenda-status')).toContainText('Borrador de la versión 2');
    // Two more items run past the 17:00 end.
    await expect(page.getByTestId('agenda-overrun')).toContainText('Excede la reunión en');
    let order = await titles(page);
    expect(order.slice(-2)).toEqual([itemA, itemB]);

    // Keyboard alone: focus B and press Alt+↑ — B jumps above A, and a screen reader hears it.
    await row(page, itemB).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByTestId('agenda-announcement')).toContainText(`«${itemB}» movido a la posición`);
    await expect.poll(async () => (await titles(page)).slice(-2)).toEqual([itemB, itemA]);
    await expect(row(page, itemB)).toBeFocused();

    // The "Subir" button does the same for A (focus stays on the button that moved it).
    await row(page, itemA)
      .getByRole('button', { name: `Subir «${itemA}»` })
      .click();
    await expect.poll(async () => (await titles(page)).slice(-2)).toEqual([itemA, itemB]);

    // Drag and drop: A by its handle to the very top of the agenda.
    await drag(page, row(page, itemA).getByTestId('agenda-drag'), rows(page).first());
    await expect.poll(async () => (await titles(page))[0]).toBe(itemA);
    order = await titles(page);
    expect(order[order.length - 1]).toBe(itemB);
    await expect(rows(page).nth(1).getByTestId('agenda-item-time')).toHaveText('11:00 hora de Lima');

    // Moving into a section with the "Mover a…" list.
    await row(page, itemB).getByLabel(`Mover «${itemB}» a`).selectOption({ label: SECTION });
    await expect(row(page, itemB)).toHaveAttribute('data-depth', '2');

    expect(await seriousViolations(page)).toEqual([]);
    await saveShot(page, 'agenda-editor-desktop');
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(row(page, itemA)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveShot(page, 'agenda-editor-phone');
  });

  test('an invited agency’s staff proposes an item; the convener places it, publishes and sees the diff', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    // --- GR La Libertad's staff proposes
    const other = await newContextAtE2ENow(browser, { baseURL, locale: 'es-PE', timezoneId: 'America/Lima' });
    const staff = await other.newPage();
    await signIn(staff, INVITED_STAFF);
    const agendaUrl = await openAgenda(staff);
    await expect(staff.getByTestId('agenda-publish')).toHaveCount(0);
    const form = staff.locator('#propose-item-title ~ app-agenda-item-form');
    await form.getByLabel('Título').fill(proposal);
    await form.getByLabel('Minutos previstos').fill('10');
    await form.getByTestId('agenda-item-save').click();
    const mine = staff.locator(`[data-testid="agenda-proposal"][data-title="${proposal}"]`);
    await expect(mine.getByTestId('proposal-status')).toHaveText('Pendiente');

    // --- the convener places it at the end of the regional section
    await signIn(page, CONVENER);
    await page.goto(agendaUrl);
    const pending = page.locator(`[data-testid="agenda-proposal"][data-title="${proposal}"]`);
    await expect(pending).toContainText(INVITED_STAFF.displayName);
    await pending.getByTestId('proposal-place').selectOption({ label: `al final de «${SECTION}»` });
    await pending.getByTestId('proposal-accept').click();
    await expect(row(page, proposal)).toHaveAttribute('data-depth', '2');
    await expect(pending).toHaveCount(0);

    // --- publish: the dialog names who will be told
    await page.getByTestId('agenda-publish').click();
    const dialog = page.getByTestId('agenda-publish-confirm');
    await expect(dialog).toContainText('Se notificará a las agencias invitadas');
    await expect(dialog).toContainText('Gobierno Regional de La Libertad');
    await page.getByTestId('agenda-publish-confirm-yes').click();
    await expect(page.getByTestId('agenda-status')).toHaveText('Publicada (versión 2)');

    // --- what changed from version 1 to 2
    const diff = page.getByTestId('agenda-diff');
    await expect(diff.getByTestId('diff-added')).toContainText(itemA);
    await expect(diff.getByTestId('diff-added')).toContainText(proposal);
    await expect(diff.getByTestId('diff-retimed')).toBeVisible();
    await diff.scrollIntoViewIfNeeded();
    await saveShot(page, 'agenda-diff-desktop');

    // --- the PDF of version 2 downloads
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-pdf-link').click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const response = await page.request.get((await page.getByTestId('agenda-pdf-link').getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // --- the proposer finds the item in the agenda
    await staff.reload();
    await expect(row(staff, proposal)).toBeVisible();
    await other.close();
  });

  test('the print page lays the published agenda out as a document', async ({ page }) => {
    await signIn(page, CONVENER);
    await openAgenda(page);
    await page.getByTestId('agenda-print-link').click();
    await expect(page.getByTestId('print-title')).toHaveText(meeting.title);
    const table = page.getByTestId('print-table');
    await expect(table).toContainText(itemA);
    await expect(table).toContainText(proposal);
    await expect(page.getByText('Horas: hora de Lima (UTC−5).')).toBeVisible();
    // Descriptions are the server's rendered Markdown, not its source.
    await expect(table.locator('strong', { hasText: 'extorsión' }).first()).toBeVisible();
    await expect(table).not.toContainText('**');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-now')).toBeHidden();
    await saveShot(page, 'agenda-print');
  });

  test('two people edit at once: each sees the other’s change live, and a stale save shows both versions', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const live = `Seguimiento semanal (e2e ${run})`;
    await signIn(page, CONVENER);
    const agendaUrl = await openAgenda(page);
    const other = await newContextAtE2ENow(browser, { baseURL, locale: 'es-PE', timezoneId: 'America/Lima' });
    const staff = await other.newPage();
    await signIn(staff, HOST_STAFF);
    await staff.goto(agendaUrl);
    await expect(page.getByTestId('agenda-live-state')).toContainText('En vivo');
    await expect(staff.getByTestId('agenda-live-state')).toContainText('En vivo');

    // The convener adds an item: the host's staff sees it without reloading, and who did it.
    await addItem(page, live, 15);
    await expect(row(staff, live)).toBeVisible();
    await expect(staff.getByTestId('agenda-live-notice')).toHaveText(
      `${CONVENER.displayName} cambió el punto «${live}».`,
    );

    // Both open the same item; the staff saves first, the convener's save is stale.
    await row(page, live)
      .getByRole('button', { name: `Editar «${live}»` })
      .click();
    await row(staff, live)
      .getByRole('button', { name: `Editar «${live}»` })
      .click();
    const theirTitle = `${live} — con la PNP`;
    await row(staff, live).getByLabel('Título').fill(theirTitle);
    await row(staff, live).getByTestId('agenda-item-save').click();
    await expect(row(staff, theirTitle)).toBeVisible();
    // The convener's page reloaded live, but the open form keeps the version it started from.
    await expect(page.getByTestId('agenda-live-notice')).toContainText(HOST_STAFF.displayName);
    const mine = 'Revisión semanal de casos de extorsión con la fiscalía.';
    const form = page.getByTestId('agenda-item-form').first();
    await form.getByLabel('Descripción (Markdown)', { exact: true }).fill(mine);
    await form.getByTestId('agenda-item-save').click();
    const stale = page.getByTestId('agenda-stale');
    await expect(stale).toContainText('Otra persona cambió este punto mientras lo editabas');
    await expect(stale.getByTestId('stale-theirs')).toContainText(theirTitle);
    await expect(stale.getByTestId('stale-mine')).toContainText(mine);
    await saveShot(page, 'agenda-stale-desktop');
    await stale.getByTestId('stale-reapply').click();
    await expect(stale).toHaveCount(0);
    // Re-applying saves the convener's whole form (its title too) over the staff's version.
    await expect(row(page, live)).toContainText(mine);
    await expect(row(staff, live)).toContainText(mine);
    await other.close();
  });

  test('the convener names a secretary, who records a decision and an action item; the owner agency marks it done', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // The convener names La Libertad's delegate to record the minutes.
    await signIn(page, CONVENER);
    await openAgenda(page);
    const minutes = page.getByTestId('minutes-panel');
    await minutes
      .getByTestId('minutes-secretary-pick')
      .selectOption({ label: `${SECRETARY.displayName} (GR La Libertad)` });
    await minutes.getByTestId('minutes-secretary-set').click();
    await expect(minutes.getByTestId('minutes-secretary')).toContainText(`Registra el acta: ${SECRETARY.displayName}`);
    await signOut(page);

    // The secretary (not the convener) records the decision and the action item, owned by Piura.
    await signIn(page, SECRETARY);
    await openAgenda(page);
    await expect(page.getByTestId('minutes-secretary')).toContainText(SECRETARY.displayName);
    // Naming secretaries stays with the convener.
    await expect(page.getByTestId('minutes-secretary-pick')).toHaveCount(0);
    await row(page, INTELLIGENCE)
      .getByRole('button', { name: `Acta de «${INTELLIGENCE}»` })
      .click();
    const outcomes = row(page, INTELLIGENCE).getByTestId('agenda-outcomes');
    await outcomes.getByTestId('outcomes-decision-text').fill(decision);
    await outcomes.getByRole('checkbox', { name: LA_LIBERTAD }).check();
    await outcomes.getByTestId('outcomes-add-decision').click();
    await expect(outcomes.getByTestId('outcome-decision').filter({ hasText: decision })).toContainText(
      'Respaldado por',
    );
    await outcomes.getByTestId('outcomes-what').fill(task);
    await outcomes.getByTestId('outcomes-owner').selectOption({ label: PIURA });
    await outcomes.getByTestId('outcomes-due').fill(daysAfter(meeting.day, 15));
    await outcomes.getByTestId('outcomes-add-action').click();
    const recorded = outcomes.getByTestId('outcome-action-item').filter({ hasText: task });
    await expect(recorded).toContainText('Abierta');
    await recorded.getByTestId('outcome-action-history-toggle').click();
    await expect(recorded.getByTestId('action-item-event').first()).toContainText(
      `${SECRETARY.displayName} registró el compromiso`,
    );
    await signOut(page);

    // The owner agency's staff finds it in the action plan, marks it done and comments.
    await signIn(page, OWNER);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Plan de acción' })
      .click();
    await page.getByTestId('plan-owner').selectOption({ label: PIURA });
    await expect(page.getByTestId('plan-csv')).toHaveAttribute('href', /\/api\/action-items\.csv\?ownerAgencyId=/);
    const line = page.getByTestId('plan-row').filter({ hasText: task });
    await line.getByLabel(`Estado de «${task}»`).selectOption({ label: 'Hecha' });
    await expect(page.getByText('Estado actualizado.')).toBeVisible();
    await line.getByTestId('plan-history-toggle').click();
    const history = page.getByTestId('action-item-history');
    await expect(history.getByTestId('action-item-event').last()).toContainText(
      `${OWNER.displayName} cambió el estado de Abierta a Hecha`,
    );
    await history.getByTestId('action-item-comment').fill('Enlace designado y en funciones.');
    await history.getByTestId('action-item-add-comment').click();
    await expect(history.getByTestId('action-item-event').last()).toContainText('Enlace designado y en funciones.');

    await page.getByTestId('plan-status').selectOption({ label: 'Hecha' });
    await expect(page.getByTestId('plan-row').filter({ hasText: task })).toBeVisible();
    await expect(page.getByTestId('plan-summary')).toContainText(PIURA);
    await saveShot(page, 'action-plan-desktop');
  });

  test('once the meeting has concluded, its agenda offers no change the API would refuse; the convener publishes the minutes and finds its commitments', async ({
    page,
  }) => {
    await signIn(page, CONVENER);
    await page.goto(`/app/reuniones/${meeting.id}`);
    for (const [move, shown] of [
      ['in_progress', 'En curso'],
      ['concluded', 'Concluida'],
    ] as const) {
      await page.getByTestId(`move-${move}`).click();
      await page.getByTestId('move-confirm-yes').click();
      await expect(page.getByTestId('meeting-status')).toHaveText(shown);
    }
    await page.getByTestId('agenda-link').click();
    await expect(page.getByTestId('agenda-closed')).toHaveText(
      'La reunión concluyó: su agenda queda como está y ya no se edita.',
    );
    // Version 2 stands; the edits after it (the live-editing journey) will never be published.
    await expect(page.getByTestId('agenda-status')).toHaveText(
      'Publicada (versión 2); los cambios posteriores quedaron sin publicar',
    );
    // No adding, moving, editing, deleting or publishing: the one button of an item opens its minutes.
    await expect(page.getByRole('heading', { name: 'Añadir un punto' })).toHaveCount(0);
    await expect(page.getByTestId('agenda-publish')).toHaveCount(0);
    await expect(page.getByTestId('agenda-drag')).toHaveCount(0);
    const item = row(page, INTELLIGENCE);
    await expect(item.getByRole('button')).toHaveText([/Acta/]);

    // The minutes stay open until published: the convener may still name who records them, and publishes them.
    const minutes = page.getByTestId('minutes-panel');
    await expect(minutes.getByTestId('minutes-secretary-pick')).toBeVisible();
    // Until then the page follows other people's changes live; once published, nothing more changes.
    await expect(page.getByTestId('agenda-live-state')).toHaveText(/En vivo/);
    await minutes.getByTestId('minutes-publish').click();
    await page.getByTestId('minutes-publish-confirm-yes').click();
    await expect(minutes.getByTestId('minutes-state')).toHaveAttribute('data-state', 'published');
    await expect(minutes.getByTestId('minutes-secretary-pick')).toHaveCount(0);
    await expect(page.getByTestId('agenda-live-state')).toHaveCount(0);
    // The secretary's decision is in the published minutes, which no longer take new entries.
    await item.getByRole('button', { name: `Acta de «${INTELLIGENCE}»` }).click();
    const outcomes = item.getByTestId('agenda-outcomes');
    await expect(outcomes.getByTestId('outcome-decision')).toContainText(decision);
    await expect(outcomes.getByTestId('outcomes-add-decision')).toHaveCount(0);
    await saveShot(page, 'agenda-concluded-desktop');

    // The published minutes as a document: when, the decision, the task with its owner and status.
    await page.getByTestId('minutes-print-link').click();
    await expect(page.getByTestId('minutes-doc-state')).toContainText('Acta — publicada el');
    await expect(page.getByTestId('minutes-doc-decision')).toContainText(decision);
    await expect(page.getByTestId('minutes-doc-action').filter({ hasText: task })).toContainText('Hecha');
    await saveShot(page, 'minutes-print-desktop');
    await page.goBack();

    // The meeting's page leads to its commitments: the plan opened on this meeting alone, where
    // the convener may still move the task the owner agency marked done.
    await page.getByRole('link', { name: '‹ Volver a la reunión' }).click();
    await page.getByTestId('meeting-plan-link').click();
    await expect(page.getByTestId('plan-meeting')).toContainText(`Compromisos de «${meeting.title}».`);
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await expect(page.getByTestId('plan-row')).toContainText(task);
    await expect(page.getByTestId('plan-status-select')).toHaveValue('done');
  });
});
