// Pure helpers of the home page: how far away a moment is, in calendar days of a zone.
import type { AgencySummary, HomeDto } from '@cumbre/contracts';
import { localDateTime } from '@cumbre/scheduling';

const DAY_MS = 86_400_000;

/** Calendar days from `now` to `instant` as read on the clocks of `zone` (0 = today). */
export function daysAway(instant: string, zone: string, now: Date): number {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return Number.NaN;
  const day = (d: Date) => {
    const l = localDateTime(d, zone);
    return Date.UTC(l.year, l.month - 1, l.day);
  };
  return Math.round((day(at) - day(now)) / DAY_MS);
}

const RELATIVE = {
  es: {
    today: 'hoy',
    tomorrow: 'mañana',
    yesterday: 'ayer',
    ahead: 'en {n} días',
    ago: 'hace {n} días',
  },
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    ahead: 'in {n} days',
    ago: '{n} days ago',
  },
} as const;

/**
 * "hoy", "mañana", "en 3 días", "hace 2 días" (or the English words), from a day count. Written
 * out rather than Intl.RelativeTimeFormat, whose Spanish "dentro de 3 días" reads stiff in Peru.
 */
export function relativeDays(days: number, lang: 'es' | 'en'): string {
  if (!Number.isFinite(days)) return '';
  const w = RELATIVE[lang];
  if (days === 0) return w.today;
  if (days === 1) return w.tomorrow;
  if (days === -1) return w.yesterday;
  return (days > 0 ? w.ahead : w.ago).replace('{n}', String(Math.abs(days)));
}

/** Names in Spanish alphabetical order (Áncash before Cajamarca), comma-separated. */
export function agencyList(agencies: readonly AgencySummary[]): string {
  return agencies
    .map((a) => a.shortName || a.name)
    .sort((a, b) => a.localeCompare(b, 'es'))
    .join(', ');
}

/** Nothing to show on any card: the page says what to do first instead. */
export function isHomeEmpty(home: HomeDto): boolean {
  return (
    !home.nextMeetings.length &&
    !home.recentMeetings.length &&
    !home.actionPlan.length &&
    !home.awaitingAnswer.length &&
    !home.convening.length &&
    !home.notifications.items.length
  );
}
