// Agenda times for people: the planned start of an item in the meeting's zone, with the zone
// named ("09:40 hora de Lima"), and a number of minutes in words ("1 h 25 min").
import { formatTimeOfDay, zoneCity, type TimeLang } from '@cumbre/scheduling';

/** "09:40 hora de Lima" / "09:40 Lima time"; '' while the meeting has no date. */
export function plannedAt(instant: string | null, timeZone: string, lang: TimeLang): string {
  if (!instant) return '';
  const time = formatTimeOfDay(instant, timeZone, lang);
  if (!time) return '';
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return `${time} UTC`;
  const city = zoneCity(timeZone);
  return lang === 'es' ? `${time} hora de ${city}` : `${time} ${city} time`;
}

/** "25 min", "1 h", "1 h 25 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A due date (a plain day, "2026-12-20") as people read it: "20/12/2026", "20 Dec 2026". */
export function dayText(isoDay: string, lang: TimeLang): string {
  const at = new Date(`${isoDay}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return isoDay;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', {
    timeZone: 'UTC',
    day: '2-digit',
    month: lang === 'es' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(at);
}
