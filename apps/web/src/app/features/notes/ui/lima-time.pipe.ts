import { inject, Pipe, PipeTransform } from '@angular/core';
import { DEFAULT_TIME_ZONE } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';

/**
 * An instant of a note's life (written, edited, read) in Lima time with the zone named:
 * "27/11/2026 12:00 hora de Lima (UTC−5)". Notes have no zone of their own; the country's is the
 * one every agency works in. Impure: follows the language switch.
 */
@Pipe({ name: 'limaTime', pure: false })
export class LimaTimePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(instant: string | null | undefined): string {
    return instant
      ? formatMeetingTime(instant, DEFAULT_TIME_ZONE, this.i18n.lang())
      : '';
  }
}
