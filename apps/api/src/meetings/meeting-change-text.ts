// What changed in a meeting, in Spanish, for the bell's fallback text and the e-mail body:
// "la hora cambió de 09:00 a 10:00" rather than "la reunión ha cambiado".
import { formatMeetingTime, formatTimeOfDay, zoneLabel } from '@cumbre/scheduling';

export interface MeetingMoment {
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
}

const day = (d: Date, zone: string) => formatMeetingTime(d, zone, 'es').split(' ')[0];

/** "la hora cambió de 09:00–11:00 a 10:00–12:00 (05/12/2026, hora de Lima (UTC−5))"; the whole date when it moved days. */
export function describeTimeChange(before: MeetingMoment, after: MeetingMoment): string {
  if (!after.startsAt || !after.endsAt) return 'la fecha quedó por definir';
  const next = formatMeetingTime({ startsAt: after.startsAt, endsAt: after.endsAt }, after.timeZone, 'es');
  if (!before.startsAt || !before.endsAt) return `la fecha quedó fijada: ${next}`;
  const zone = after.timeZone;
  const sameDay =
    before.timeZone === zone &&
    day(before.startsAt, zone) === day(after.startsAt, zone) &&
    day(before.endsAt, zone) === day(after.endsAt, zone);
  if (sameDay) {
    const range = (m: MeetingMoment) =>
      `${formatTimeOfDay(m.startsAt as Date, zone, 'es')}–${formatTimeOfDay(m.endsAt as Date, zone, 'es')}`;
    return `la hora cambió de ${range(before)} a ${range(after)} (${day(after.startsAt, zone)}, ${zoneLabel(after.startsAt, zone, 'es')})`;
  }
  const previous = formatMeetingTime({ startsAt: before.startsAt, endsAt: before.endsAt }, before.timeZone, 'es');
  return `la fecha cambió de ${previous} a ${next}`;
}

/** "el lugar cambió de «Sala A» a «Sala B»". */
export function describePlaceChange(before: string | null, after: string | null): string {
  const word = (p: string | null) => (p ? `«${p}»` : 'por definir');
  return `el lugar cambió de ${word(before)} a ${word(after)}`;
}
