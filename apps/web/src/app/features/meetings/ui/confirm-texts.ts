import type { AgencySummary, ConflictDto, MeetingDto, MeetingStatus } from '@cumbre/contracts';
import { formatMeetingTime } from '@cumbre/scheduling';
import type { ConfirmRequest } from '../../../core/layout/confirm-dialog';
import type { Lang } from '../../../core/i18n/i18n.service';
import { defineMessages, fill } from '../../../core/i18n/translate';

/** The questions the meeting screens ask before a consequential action. */
export const CONFIRM_MESSAGES = defineMessages({
  es: {
    'title.scheduled': '¿Programar «{title}»?',
    'title.in_progress': '¿Marcar «{title}» en curso?',
    'title.concluded': '¿Marcar «{title}» como concluida?',
    'title.cancelled': '¿Cancelar «{title}»?',
    'title.draft': '¿Volver «{title}» a borrador?',
    'body.scheduled': 'La reunión quedará programada para {when}.',
    'body.in_progress': 'La reunión figurará como en curso.',
    'body.concluded': 'La reunión figurará como concluida.',
    'body.cancelled': 'Motivo que se comunicará: {reason}',
    'body.draft': 'La reunión dejará de figurar como programada hasta que se vuelva a programar.',
    'yes.scheduled': 'Programar',
    'yes.in_progress': 'Marcar en curso',
    'yes.concluded': 'Marcar concluida',
    'yes.cancelled': 'Cancelar la reunión',
    'yes.draft': 'Volver a borrador',
    no: 'Volver',
    notifyAgencies: 'Se avisará a las agencias invitadas: {agencies}.',
    notifyNobody: 'No hay agencias invitadas: nadie recibirá aviso.',
    notifyNone: 'No se envía ningún aviso por este cambio.',
    pickTitle: '¿Elegir {slot}?',
    pickBody: 'La reunión quedará programada en esta fecha.',
    pickYes: 'Elegir esta fecha',
    refused: 'Atención: {agencies} respondió que no puede en esta fecha.',
    pending: 'Todavía no respondieron: {agencies}.',
    deadlineOpen: 'El plazo para responder sigue abierto hasta el {deadline}: otras respuestas podrían llegar.',
    conflicts: 'Esta fecha se superpone con otras reuniones que comparten la agencia anfitriona o algún delegado:',
    pickAnyway: 'Elegir de todos modos',
    hiddenMeeting: 'Reunión de otra agencia (reservada)',
    rotateTitle: '¿Generar un enlace nuevo?',
    rotateBody:
      'El enlace actual dejará de funcionar: los calendarios suscritos con él dejarán de actualizarse hasta que los suscribas al nuevo.',
    rotateYes: 'Generar un enlace nuevo',
    revokeTitle: '¿Revocar el enlace del calendario?',
    revokeBody: 'Los calendarios suscritos con este enlace dejarán de recibir tus reuniones.',
    revokeYes: 'Revocar enlace',
    uninviteTitle: '¿Quitar la invitación a {agency}?',
    uninviteBody: 'La agencia dejará de ver esta reunión si no es pública, y sus respuestas se pierden.',
    uninviteYes: 'Quitar invitación',
  },
  en: {
    'title.scheduled': 'Schedule "{title}"?',
    'title.in_progress': 'Mark "{title}" as in progress?',
    'title.concluded': 'Mark "{title}" as concluded?',
    'title.cancelled': 'Cancel "{title}"?',
    'title.draft': 'Move "{title}" back to draft?',
    'body.scheduled': 'The meeting will be scheduled for {when}.',
    'body.in_progress': 'The meeting will show as in progress.',
    'body.concluded': 'The meeting will show as concluded.',
    'body.cancelled': 'Reason that will be sent: {reason}',
    'body.draft': 'The meeting will no longer show as scheduled until it is scheduled again.',
    'yes.scheduled': 'Schedule',
    'yes.in_progress': 'Mark in progress',
    'yes.concluded': 'Mark concluded',
    'yes.cancelled': 'Cancel the meeting',
    'yes.draft': 'Move to draft',
    no: 'Back',
    notifyAgencies: 'The invited agencies will be told: {agencies}.',
    notifyNobody: 'No agency is invited: nobody will be told.',
    notifyNone: 'No notice is sent for this change.',
    pickTitle: 'Pick {slot}?',
    pickBody: 'The meeting will be scheduled on this date.',
    pickYes: 'Pick this date',
    refused: 'Warning: {agencies} answered that they cannot make this date.',
    pending: 'Not answered yet: {agencies}.',
    deadlineOpen: 'Answers are open until {deadline}: more answers may still come.',
    conflicts: 'This date overlaps other meetings that share the host agency or a delegate:',
    pickAnyway: 'Pick anyway',
    hiddenMeeting: "Another agency's meeting (restricted)",
    rotateTitle: 'Make a new link?',
    rotateBody:
      'The current link will stop working: calendars subscribed with it stop updating until you subscribe them to the new one.',
    rotateYes: 'Make a new link',
    revokeTitle: 'Revoke the calendar link?',
    revokeBody: 'Calendars subscribed with this link will no longer get your meetings.',
    revokeYes: 'Revoke link',
    uninviteTitle: 'Remove the invitation to {agency}?',
    uninviteBody: 'The agency will no longer see this meeting unless it is public, and its answers are lost.',
    uninviteYes: 'Remove invitation',
  },
});

export type ConfirmMessages = Record<keyof (typeof CONFIRM_MESSAGES)['es'], string>;

/** The moves the API announces to the invited agencies (cancel, schedule a draft). */
function notifies(from: MeetingStatus, to: MeetingStatus): boolean {
  return to === 'cancelled' || (to === 'scheduled' && from === 'draft');
}

function agencyNames(agencies: readonly AgencySummary[]): string {
  return agencies
    .map((a) => a.name)
    .sort((a, b) => a.localeCompare(b, 'es'))
    .join(', ');
}

function notifyLine(m: MeetingDto, t: ConfirmMessages): string {
  const invited = m.invitations.map((i) => i.agency);
  return invited.length ? fill(t.notifyAgencies, { agencies: agencyNames(invited) }) : t.notifyNobody;
}

/** "¿Programar «Cumbre…»?", what happens and who is told, for a status move. */
export function moveConfirm(
  m: MeetingDto,
  to: MeetingStatus,
  t: ConfirmMessages,
  lang: Lang,
  reason = '',
): ConfirmRequest {
  const when =
    m.startsAt && m.endsAt ? formatMeetingTime({ startsAt: m.startsAt, endsAt: m.endsAt }, m.timeZone, lang) : '';
  return {
    title: fill(t[`title.${to}`], { title: m.title }),
    message: fill(t[`body.${to}`], { when, reason }),
    notify: notifies(m.status, to) ? notifyLine(m, t) : t.notifyNone,
    confirm: t[`yes.${to}`],
    cancel: t.no,
    danger: to === 'cancelled',
    testId: 'move-confirm',
  };
}

/** What picking a slot means: who is told, who said no, who has not answered, an open deadline. */
export function pickConfirm(
  m: MeetingDto,
  pick: {
    slot: string;
    refusedBy: readonly AgencySummary[];
    pending: readonly AgencySummary[];
    deadline: string | null;
    conflicts: readonly ConflictDto[];
  },
  t: ConfirmMessages,
  lang: Lang,
): ConfirmRequest {
  const warnings: string[] = [];
  if (pick.refusedBy.length) warnings.push(fill(t.refused, { agencies: agencyNames(pick.refusedBy) }));
  if (pick.pending.length) warnings.push(fill(t.pending, { agencies: agencyNames(pick.pending) }));
  if (pick.deadline) warnings.push(fill(t.deadlineOpen, { deadline: pick.deadline }));
  if (pick.conflicts.length) warnings.push(t.conflicts);
  return {
    title: fill(t.pickTitle, { slot: pick.slot }),
    message: t.pickBody,
    warnings,
    details: pick.conflicts.map((c) => conflictLine(c, t, lang)),
    notify: notifyLine(m, t),
    confirm: pick.conflicts.length || pick.refusedBy.length ? t.pickAnyway : t.pickYes,
    cancel: t.no,
    testId: 'pick-confirm',
  };
}

function conflictLine(c: ConflictDto, t: ConfirmMessages, lang: Lang): string {
  const title = c.visible ? c.title : t.hiddenMeeting;
  const when = formatMeetingTime({ startsAt: c.startsAt, endsAt: c.endsAt }, c.timeZone, lang);
  return `${title} — ${when}`;
}
