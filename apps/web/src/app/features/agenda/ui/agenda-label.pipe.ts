import { inject, Pipe, PipeTransform } from '@angular/core';
import type { ActionItemStatus, AgendaItemKind } from '@cumbre/contracts';
import { groupLabel } from '../../../core/i18n/group-label.pipe';
import { I18n } from '../../../core/i18n/i18n.service';
import { AGENDA_MESSAGES } from './agenda.messages';

/** `kind | agendaLabel: 'kind'`, `status | agendaLabel: 'status'`: enum values in words. */
@Pipe({ name: 'agendaLabel', pure: false })
export class AgendaLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: AgendaItemKind | ActionItemStatus, group: 'kind' | 'status'): string {
    return groupLabel(AGENDA_MESSAGES[this.i18n.lang()], group, value);
  }
}
