import type { ErrorCode } from '@cumbre/contracts';

type Codes = Record<Extract<ErrorCode, `${'agenda' | 'decision' | 'action_item'}.${string}`>, string>;

/** The agenda, its minutes and decisions, and the action plan. `{status}` is worded by `status.*`. */
export const AGENDA_ERRORS_ES: Codes = {
  'agenda.not_published': 'La agenda de esta reunión aún no se ha publicado.',
  'agenda.nothing_to_publish': 'La agenda ya está publicada tal como está: cambia algo antes de publicar otra versión.',
  'agenda.item_not_found': 'No se encontró ese punto de la agenda.',
  'agenda.version_not_found': 'No existe la versión {number} de la agenda.',
  'agenda.edit_forbidden':
    'Solo quien convoca, el titular o el personal de la agencia anfitriona (o la administración) editan la agenda.',
  'agenda.propose_forbidden': 'Solo el titular o el personal de una agencia invitada pueden proponer puntos.',
  'agenda.decide_forbidden':
    'Solo quien convoca, el titular de la agencia anfitriona o la administración aceptan, rechazan o publican.',
  'agenda.minutes_forbidden':
    'Solo quien convoca, la secretaría designada o la administración registran el acta, los acuerdos y las tareas.',
  'agenda.frozen': 'La reunión está {status}: su agenda ya no se puede cambiar.',
  'agenda.minutes_published': 'El acta ya está publicada y no se puede cambiar.',
  'agenda.minutes_need_concluded_meeting': 'El acta se publica cuando la reunión ha concluido; ahora está {status}.',
  'agenda.foreign_parent': 'Ese punto no pertenece a la agenda de esta reunión.',
  'agenda.section_not_top_level': 'Una sección va siempre en el primer nivel.',
  'agenda.too_deep': 'La agenda tiene dos niveles como máximo.',
  'agenda.move_cycle': 'Un punto no puede ir dentro de sí mismo.',
  'agenda.duration_out_of_range': 'La duración debe estar entre {min} y {max} minutos.',
  'agenda.not_a_proposal': 'Ese punto no es una propuesta pendiente.',
  'agenda.item_is_proposal': 'Es una propuesta pendiente: primero hay que aceptarla.',
  'agenda.presenter_not_member': 'Esa persona no pertenece a la institución que expone.',
  'agenda.secretary_not_participant': 'La secretaría debe pertenecer a la agencia anfitriona o a una invitada.',
  'agenda.item_has_outcomes': 'Ese punto tiene acta, acuerdos o tareas: no se puede eliminar.',
  'agenda.empty': 'Una agenda sin puntos no se puede publicar.',
  'agenda.diff_same_version': 'Elige dos versiones distintas.',
  'decision.endorser_not_participant': 'Solo la agencia anfitriona y las invitadas pueden respaldar un acuerdo.',
  'decision.not_found': 'No se encontró el acuerdo.',
  'action_item.not_found': 'No se encontró la tarea, o no tienes acceso a ella.',
  'action_item.update_forbidden':
    'Solo el titular o el personal de la institución responsable (o quien convoca) actualizan esta tarea.',
  'action_item.due_date_out_of_range': 'Indica una fecha válida entre los años {min} y {max}.',
  'action_item.owner_not_participant': 'La institución responsable debe ser la anfitriona o una invitada.',
  'action_item.owner_not_member': 'Esa persona no pertenece a la institución responsable.',
  'action_item.nothing_to_change': 'Indica un estado nuevo o un comentario.',
};

export const AGENDA_ERRORS_EN: Codes = {
  'agenda.not_published': 'The agenda of this meeting is not published yet.',
  'agenda.nothing_to_publish':
    'The agenda is already published as it is: change something before publishing another version.',
  'agenda.item_not_found': 'That agenda item was not found.',
  'agenda.version_not_found': 'There is no version {number} of the agenda.',
  'agenda.edit_forbidden': 'Only the convener, the host agency’s head and staff (or an administrator) edit the agenda.',
  'agenda.propose_forbidden': 'Only the head or staff of an invited agency may propose items.',
  'agenda.decide_forbidden': 'Only the convener, the host agency’s head or an administrator accept, reject or publish.',
  'agenda.minutes_forbidden':
    'Only the convener, the designated secretary or an administrator record minutes, decisions and action items.',
  'agenda.frozen': 'The meeting is {status}: its agenda can no longer change.',
  'agenda.minutes_published': 'The minutes are published and can no longer change.',
  'agenda.minutes_need_concluded_meeting': 'The minutes are published once the meeting has concluded; it is {status}.',
  'agenda.foreign_parent': 'That item is not part of this meeting’s agenda.',
  'agenda.section_not_top_level': 'A section always stays at the top level.',
  'agenda.too_deep': 'The agenda has two levels at most.',
  'agenda.move_cycle': 'An item cannot go inside itself.',
  'agenda.duration_out_of_range': 'The duration must be between {min} and {max} minutes.',
  'agenda.not_a_proposal': 'That item is not a waiting proposal.',
  'agenda.item_is_proposal': 'It is a waiting proposal: accept it first.',
  'agenda.presenter_not_member': 'That person does not belong to the presenting agency.',
  'agenda.secretary_not_participant': 'The secretary must belong to the host agency or an invited one.',
  'agenda.item_has_outcomes': 'That item has minutes, decisions or action items: it cannot be deleted.',
  'agenda.empty': 'An agenda without items cannot be published.',
  'agenda.diff_same_version': 'Choose two different versions.',
  'decision.endorser_not_participant': 'Only the host agency and invited agencies may endorse a decision.',
  'decision.not_found': 'The decision was not found.',
  'action_item.not_found': 'The action item was not found, or you have no access to it.',
  'action_item.update_forbidden':
    'Only the head or staff of the owner agency (or the convener) update this action item.',
  'action_item.due_date_out_of_range': 'Give a valid date between the years {min} and {max}.',
  'action_item.owner_not_participant': 'The owner agency must be the host or an invited agency.',
  'action_item.owner_not_member': 'That person does not belong to the owner agency.',
  'action_item.nothing_to_change': 'Give a new status or a comment.',
};
