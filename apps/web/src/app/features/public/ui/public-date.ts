import { inject, Pipe, PipeTransform } from '@angular/core';
import { DEFAULT_TIME_ZONE } from '@cumbre/contracts';
import { I18n } from '../../../core/i18n/i18n.service';

/**
 * "2 de diciembre de 2026" (or with the time, "… 10:30 hora de Lima") in Lima's calendar,
 * whatever the zone of the server that renders the page or of the reader's phone: the public
 * site speaks of Peruvian news, and the day printed must be the same on both sides of hydration.
 */
export function publicDate(value: string | null | undefined, lang: 'es' | 'en', withTime = false): string {
  if (!value) return '';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return '';
  const inLima = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', {
      ...options,
      timeZone: DEFAULT_TIME_ZONE,
    }).format(at);
  const day = inLima({ day: 'numeric', month: 'long', year: 'numeric' });
  if (!withTime) return day;
  const time = inLima({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return lang === 'es' ? `${day}, ${time} hora de Lima` : `${day}, ${time} Lima time`;
}

@Pipe({ name: 'publicDate', pure: false })
export class PublicDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | null | undefined, withTime = false): string {
    return publicDate(value, this.i18n.lang(), withTime);
  }
}
