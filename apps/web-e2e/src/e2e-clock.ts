// The journeys' "today": the browser's clock and the API's (CLOCK_START) are both set to it, so
// that no journey depends on the machine's date. playwright.config.mts sets the default (27
// November 2026, noon in Lima); `E2E_NOW=2027-03-15T10:00:00-05:00 npm run e2e` runs the
// journeys on another day, and they compute their dates from it.
import { test as base, type Browser, type BrowserContextOptions } from '@playwright/test';

const e2eNow = process.env['E2E_NOW'];
if (!e2eNow) throw new Error('E2E_NOW is not set: run the journeys through playwright.config.mts');
export const E2E_NOW = new Date(e2eNow);

/** The demo summit (5 December 2026, 09:00–17:00 in Lima) is ahead of the journeys until it ends. */
export const DEMO_SUMMIT_ENDS = new Date('2026-12-05T22:00:00Z');
export const demoSummitAhead = E2E_NOW < DEMO_SUMMIT_ENDS;
/** Its minutes are published at 19:00 in Lima that evening (DEMO_MINUTES_PUBLISHED_AT in the API's demo data). */
export const demoMinutesPublished = E2E_NOW >= new Date('2026-12-06T00:00:00Z');

/** Playwright's `test`, with every page's clock starting at E2E_NOW and running on. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: E2E_NOW });
    await use(context);
  },
});
export { expect } from '@playwright/test';

/** A context of one's own (another time zone, say), on the journeys' clock too. */
export async function newContextAtE2ENow(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.clock.install({ time: E2E_NOW });
  return context;
}

const LIMA = 'America/Lima';

/** "2026-11-27": the calendar day in Lima of an instant. */
export function limaDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LIMA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** A Lima calendar day `months` months after E2E_NOW's, on day `day` of that month. */
export function dayOfMonthAhead(months: number, day: number): string {
  const [y, m] = limaDate(E2E_NOW).split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day `days` days after `isoDay` ("2026-12-05" + 2 → "2026-12-07"). */
export function daysAfter(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "05/12/2026" for "2026-12-05". */
export const ddmmyyyy = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** "2026-12" for "2026-12-05". */
export const monthKey = (isoDay: string) => isoDay.slice(0, 7);

const noon = (isoDay: string) => new Date(`${isoDay}T12:00:00Z`);

/** "diciembre de 2026", as the calendar titles a month. */
export const monthTitle = (isoDay: string) =>
  new Intl.DateTimeFormat('es-PE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(isoDay));

/** "sábado, 5 de diciembre de 2026", as the calendar names a day. */
export const dayTitle = (isoDay: string) =>
  new Intl.DateTimeFormat('es-PE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(noon(isoDay));
