import { formatDate } from '@angular/common';
import { inject, Pipe, PipeTransform } from '@angular/core';
import { I18n } from './i18n.service';

const FORMATS = {
  es: { date: 'dd/MM/yyyy', datetime: 'dd/MM/yyyy HH:mm' },
  en: { date: 'd MMM y', datetime: 'd MMM y, HH:mm' },
} as const;

/**
 * Dates in the reader's language: dd/mm/aaaa in Spanish. Impure because the language can change
 * at run time; the language signal it reads is tracked by the template that uses it.
 */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(
    value: string | Date | null | undefined,
    kind: 'date' | 'datetime' = 'date',
  ): string {
    if (value === null || value === undefined || value === '') return '';
    return formatDate(
      value,
      FORMATS[this.i18n.lang()][kind],
      this.i18n.locale(),
    );
  }
}
