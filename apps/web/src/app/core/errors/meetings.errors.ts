import type { ErrorCode } from '@cumbre/contracts';

type Codes = Record<Extract<ErrorCode, `${'meeting' | 'poll' | 'notification' | 'calendar'}.${string}`>, string>;

/** Meetings, date polls, notifications and the calendar feed. `{status}` is worded by `status.*`. */
export const MEETINGS_ERRORS_ES: Codes = {
  'meeting.not_found': 'No se encontró la reunión, o no tienes acceso a ella.',
  'meeting.manage_forbidden':
    'Solo quien convoca, un titular de la agencia anfitriona o la administración pueden cambiar esta reunión.',
  'meeting.convene_forbidden':
    'Solo el titular o el personal de la agencia anfitriona (o la administración) pueden convocar allí.',
  'meeting.closed': 'La reunión está {status}; ya no se puede cambiar.',
  'meeting.times_incomplete': 'Indica el inicio y el fin, o ninguno de los dos.',
  'meeting.ends_before_start': 'Debe ser posterior al inicio.',
  'meeting.times_cannot_be_cleared': 'La fecha no puede quedar vacía: la reunión está {status}.',
  'meeting.status_move_not_allowed': 'La reunión está {from} y no puede pasar a «{to}».',
  'meeting.no_date': 'La reunión aún no tiene fecha: indica el inicio y el fin, o elige una opción de la votación.',
  'meeting.conflicts': 'El horario choca con otras reuniones.',
  'meeting.invite_target_required': 'Elige agencias o un grupo de intercambio.',
  'meeting.agency_not_invited': 'Esa agencia no está invitada a esta reunión.',
  'meeting.answer_forbidden': 'Solo puedes responder por una agencia donde seas titular o personal.',
  'meeting.answers_closed': 'Ya no se aceptan respuestas: la reunión está {status}.',
  'meeting.delegate_not_member': 'Hay una persona que no pertenece a la agencia.',
  'poll.not_found': 'Esta reunión no tiene votación de fecha.',
  'poll.meeting_not_open':
    'Solo una reunión en borrador o programada puede tener votación de fecha; esta está {status}.',
  'poll.already_exists': 'Esta reunión ya tiene una votación de fecha.',
  'poll.slot_ends_before_start': 'El fin debe ser posterior al inicio.',
  'poll.slot_in_past': 'Está en el pasado.',
  'poll.slot_repeated': 'Repite una opción anterior.',
  'poll.deadline_in_past': 'Debe estar en el futuro.',
  'poll.deadline_after_first_slot': 'No puede ser posterior al inicio de la primera opción.',
  'poll.unknown_slot': 'No es una opción de esta votación.',
  'poll.slot_answered_twice': 'Está respondida dos veces.',
  'poll.slot_already_picked': 'Ya no se aceptan respuestas: quien convoca ya eligió una fecha.',
  'poll.deadline_passed': 'Ya no se aceptan respuestas: el plazo terminó.',
  'poll.pick_needs_confirm':
    'Algunas agencias no pueden en esa fecha, o choca con otras reuniones. Confirma para elegirla.',
  'notification.not_found': 'No se encontró la notificación.',
  'calendar.feed_not_found': 'Aún no tienes un enlace de calendario.',
};

export const MEETINGS_ERRORS_EN: Codes = {
  'meeting.not_found': 'The meeting was not found, or you have no access to it.',
  'meeting.manage_forbidden': 'Only the convener, a head of the host agency or an admin may change this meeting.',
  'meeting.convene_forbidden': 'Only the head or staff of the host agency (or an admin) may convene there.',
  'meeting.closed': 'The meeting is {status}; it can no longer be changed.',
  'meeting.times_incomplete': 'Give both the start and the end, or neither.',
  'meeting.ends_before_start': 'Must be after the start.',
  'meeting.times_cannot_be_cleared': 'The date cannot be left empty: the meeting is {status}.',
  'meeting.status_move_not_allowed': 'The meeting is {from} and cannot move to “{to}”.',
  'meeting.no_date': 'The meeting has no date yet: give the start and end, or pick an option of the date poll.',
  'meeting.conflicts': 'The time clashes with other meetings.',
  'meeting.invite_target_required': 'Choose agencies or a sharing group.',
  'meeting.agency_not_invited': 'That agency is not invited to this meeting.',
  'meeting.answer_forbidden': 'You may answer only for an agency where you are head or staff.',
  'meeting.answers_closed': 'Answers are closed: the meeting is {status}.',
  'meeting.delegate_not_member': 'Someone does not belong to the agency.',
  'poll.not_found': 'This meeting has no date poll.',
  'poll.meeting_not_open': 'Only a draft or scheduled meeting can have a date poll; this one is {status}.',
  'poll.already_exists': 'This meeting already has a date poll.',
  'poll.slot_ends_before_start': 'The end must be after the start.',
  'poll.slot_in_past': 'Is in the past.',
  'poll.slot_repeated': 'Repeats an earlier option.',
  'poll.deadline_in_past': 'Must be in the future.',
  'poll.deadline_after_first_slot': 'Cannot be after the start of the first option.',
  'poll.unknown_slot': 'Not an option of this poll.',
  'poll.slot_answered_twice': 'Answered twice.',
  'poll.slot_already_picked': 'Answers are closed: the convener has already picked a date.',
  'poll.deadline_passed': 'Answers are closed: the deadline has passed.',
  'poll.pick_needs_confirm':
    'Some agencies cannot make that date, or it clashes with other meetings. Confirm to pick it.',
  'notification.not_found': 'The notification was not found.',
  'calendar.feed_not_found': 'You have no calendar link yet.',
};
