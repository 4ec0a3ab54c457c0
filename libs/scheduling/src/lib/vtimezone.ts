import { contentLine, formatLocal } from './ics-text';
import { formatOffsetCompact, localDateTime, offsetTransitions, utcOffsetMinutes } from './time-zone';

/**
 * A VTIMEZONE for `zone` that is exact between `from` and `to`: one observance for the offset in
 * force at `from` and one per transition after it, each with an explicit DTSTART (no RRULE to get
 * wrong). A zone without transitions (America/Lima) is a single STANDARD observance.
 */
export function buildVTimezone(zone: string, from: Date, to: Date): string[] {
  const start = new Date(Date.UTC(from.getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(to.getUTCFullYear() + 1, 0, 1));
  const initial = utcOffsetMinutes(start, zone);
  const transitions = offsetTransitions(zone, start, end);
  const offsets = [initial, ...transitions.map((t) => t.toMinutes)];
  const lowest = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone), contentLine('X-LIC-LOCATION', zone)];
  const observance = (fromMin: number, toMin: number, localStart: string) => {
    const kind = toMin > lowest ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      contentLine('DTSTART', localStart),
      contentLine('TZOFFSETFROM', formatOffsetCompact(fromMin)),
      contentLine('TZOFFSETTO', formatOffsetCompact(toMin)),
      `END:${kind}`,
    );
  };
  if (transitions.length === 0) {
    observance(initial, initial, '19700101T000000');
  } else {
    observance(initial, initial, formatLocal(localDateTime(start, zone)));
    for (const t of transitions) {
      // The onset is written in the local time that was in force just before it.
      const before = new Date(t.at.getTime() + t.fromMinutes * 60000);
      observance(
        t.fromMinutes,
        t.toMinutes,
        formatLocal({
          year: before.getUTCFullYear(),
          month: before.getUTCMonth() + 1,
          day: before.getUTCDate(),
          hour: before.getUTCHours(),
          minute: before.getUTCMinutes(),
          second: 0,
        }),
      );
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
