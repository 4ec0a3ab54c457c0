import { inject, Pipe, PipeTransform } from '@angular/core';
import type { MeetingStatus, MeetingVisibility, PollAnswer, RsvpStatus } from '@cumbre/contracts';
import { groupLabel } from '../../../core/i18n/group-label.pipe';
import { I18n } from '../../../core/i18n/i18n.service';
import { defineMessages } from '../../../core/i18n/translate';

/** Names of the meeting enums, in both languages. */
export const MEETING_LABELS = defineMessages({
  es: {
    'status.draft': 'Borrador',
    'status.scheduled': 'Programada',
    'status.in_progress': 'En curso',
    'status.concluded': 'Concluida',
    'status.cancelled': 'Cancelada',
    'rsvp.pending': 'Sin responder',
    'rsvp.accepted': 'Asistirá',
    'rsvp.tentative': 'Por confirmar',
    'rsvp.declined': 'No asistirá',
    'answer.yes': 'Sí',
    'answer.if_need_be': 'Si es necesario',
    'answer.no': 'No',
    'visibility.internal': 'Interna',
    'visibility.public': 'Pública',
  },
  en: {
    'status.draft': 'Draft',
    'status.scheduled': 'Scheduled',
    'status.in_progress': 'In progress',
    'status.concluded': 'Concluded',
    'status.cancelled': 'Cancelled',
    'rsvp.pending': 'Not answered',
    'rsvp.accepted': 'Attending',
    'rsvp.tentative': 'Tentative',
    'rsvp.declined': 'Not attending',
    'answer.yes': 'Yes',
    'answer.if_need_be': 'If need be',
    'answer.no': 'No',
    'visibility.internal': 'Internal',
    'visibility.public': 'Public',
  },
});

type Group = 'status' | 'rsvp' | 'answer' | 'visibility';
type ValueOf<G extends Group> = G extends 'status'
  ? MeetingStatus
  : G extends 'rsvp'
    ? RsvpStatus
    : G extends 'answer'
      ? PollAnswer
      : MeetingVisibility;

/** `{{ m.status | meetingLabel: 'status' }}` -> "Programada". Impure: follows the language switch. */
@Pipe({ name: 'meetingLabel', pure: false })
export class MeetingLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform<G extends Group>(value: ValueOf<G> | null | undefined, group: G): string {
    if (value === null || value === undefined) return '';
    return groupLabel(MEETING_LABELS[this.i18n.lang()], group, value);
  }
}
