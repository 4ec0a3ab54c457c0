import { formatDate } from '@angular/common';
import { inject, Pipe, PipeTransform } from '@angular/core';
import { DEFAULT_TIME_ZONE } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import { I18n } from './i18n.service';

const DATE_FORMATS = { es: 'dd/MM/yyyy', en: 'd MMM y' } as const;

/**
 * Dates in the reader's language: dd/mm/aaaa in Spanish. An instant (`'datetime'`: when a
 * notification arrived, an event was audited, a comment was sent) is in Lima time with the zone
 * named, "06/12/2026 00:42 hora de Lima (UTC−5)", as every time in Cumbre: outside a meeting,
 * the country's zone is the one every agency works in. Impure because the language can change
 * at run time; the language signal it reads is tracked by the template that uses it.
 */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | Date | null | undefined, kind: 'date' | 'datetime' = 'date'): string {
    if (value === null || value === undefined || value === '') return '';
    const lang = this.i18n.lang();
    if (kind === 'datetime') return formatMeetingTime(value, DEFAULT_TIME_ZONE, lang);
    return formatDate(value, DATE_FORMATS[lang], this.i18n.locale());
  }
}
