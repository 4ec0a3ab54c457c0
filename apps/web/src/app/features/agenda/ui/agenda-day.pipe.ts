import { inject, Pipe, PipeTransform } from '@angular/core';
import { timeLang } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';
import { dayText } from './agenda-time';

/** `x.dueDate | agendaDay`: a plain day in the reader's language ("20/12/2026", "20 Dec 2026"). */
@Pipe({ name: 'agendaDay', pure: false })
export class AgendaDayPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(isoDay: string): string {
    return dayText(isoDay, timeLang(this.i18n.lang()));
  }
}
