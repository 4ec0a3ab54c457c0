import { computed, inject } from '@angular/core';
import { formatMeetingTime, formatTimeOfDay, timeLang, zoneLabel } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';

/** What a printed document knows of its times: the zone they are in and the meeting's start. */
interface DocumentClock {
  timeZone: string;
  meetingStartsAt: string | null;
}

/**
 * The times of a printed meeting document (the agenda, the minutes), in its zone: `zone()` names
 * it once ("hora de Lima (UTC−5)"), `time(start)` is an item's "09:00", `at(instant)` a full
 * date and time with the zone. Call it in an injection context, with the loaded document.
 */
export function printTimes(doc: () => DocumentClock | null | undefined) {
  const i18n = inject(I18n);
  const lang = computed(() => timeLang(i18n.lang()));
  return {
    zone: computed(() => {
      const d = doc();
      return d?.meetingStartsAt ? zoneLabel(new Date(d.meetingStartsAt), d.timeZone, lang()) : '';
    }),
    time(start: string | null): string {
      const d = doc();
      return d && start ? formatTimeOfDay(start, d.timeZone, lang()) : '';
    },
    at(instant: string): string {
      return formatMeetingTime(instant, doc()?.timeZone ?? 'America/Lima', lang());
    },
  };
}
