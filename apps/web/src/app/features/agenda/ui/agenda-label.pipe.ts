import { inject, Pipe, PipeTransform } from '@angular/core';
import type { ActionItemStatus, AgendaItemKind } from '@cumbre/contracts';
import { I18n } from '../../../core/i18n/i18n.service';
import { AGENDA_MESSAGES } from './agenda.messages';

/** `kind | agendaLabel: 'kind'`, `status | agendaLabel: 'status'`: enum values in words. */
@Pipe({ name: 'agendaLabel', pure: false })
export class AgendaLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: AgendaItemKind | ActionItemStatus, group: 'kind' | 'status'): string {
    const t = AGENDA_MESSAGES[this.i18n.lang()] as Record<string, string>;
    return t[`${group}.${value}`] ?? value;
  }
}
