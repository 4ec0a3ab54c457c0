import type { ErrorCode } from '@cumbre/contracts';

type Codes = Record<Extract<ErrorCode, `note.${string}`>, string>;

/** Knowledge notes: best practices, intelligence, their attachments, comments and links. */
export const NOTES_ERRORS_ES: Codes = {
  'note.not_found': 'No se encontró la nota, o no tienes acceso a ella.',
  'note.edit_forbidden':
    'Solo la autora o el autor de la nota, o el titular de su agencia, pueden cambiarla o eliminarla.',
  'note.widen_needs_leader':
    'Ampliar la distribución, bajar la marca TLP o publicar la nota al público requiere al titular de la agencia autora.',
  'note.not_member_of_agency': 'Solo puedes escribir notas para una agencia a la que perteneces.',
  'note.marking_above_clearance': 'La marca TLP supera tu habilitación en esa agencia ({clearance}).',
  'note.marking_required': 'Una nota de inteligencia necesita una marca TLP y una distribución.',
  'note.best_practice_unmarked':
    'Las buenas prácticas son TLP:CLEAR y llegan a todas las agencias: la marca, la distribución, el grupo y los destinatarios son solo para inteligencia.',
  'note.intelligence_never_public': 'Una nota de inteligencia nunca es pública.',
  'note.red_needs_recipients': 'Una nota TLP:RED necesita al menos un destinatario nombrado.',
  'note.recipients_only_for_red': 'Solo las notas TLP:RED llevan destinatarios nombrados.',
  'note.recipient_not_cleared': 'Algún destinatario no existe, está deshabilitado o no tiene habilitación RED.',
  'note.sharing_group_required': 'Elige un grupo de intercambio para la distribución por grupo (y solo para ella).',
  'note.sharing_group_not_joined': 'La agencia autora no pertenece a ese grupo de intercambio.',
  'note.nothing_to_change': 'No hay nada que cambiar.',
  'note.not_shared': 'Los comentarios y los respaldos son solo para notas compartidas.',
  'note.endorse_forbidden': 'Solo el titular o el personal de otra agencia pueden respaldar la nota en su nombre.',
  'note.comment_agency_forbidden': 'Solo puedes comentar en nombre de una agencia a la que perteneces.',
  'note.comment_not_found': 'No se encontró el comentario.',
  'note.readers_forbidden': 'Solo el titular de la agencia autora ve quién leyó la nota.',
  'note.recipients_forbidden': 'Solo quien tiene habilitación RED puede buscar destinatarios de una nota TLP:RED.',
  'note.attachment_not_found': 'No se encontró el adjunto.',
  'note.attachment_too_large': 'El archivo supera los 20 MB.',
  'note.attachment_type_not_allowed':
    'Solo se aceptan PDF, imágenes (PNG, JPEG, GIF, WebP) y documentos de Office; el contenido del archivo no corresponde a ninguno.',
  'note.attachment_missing': 'Adjunta un archivo.',
  'note.link_forbidden': 'No puedes cambiar las notas vinculadas a este punto de la agenda.',
  'note.link_not_found': 'Esa nota no está vinculada a este punto de la agenda.',
};

export const NOTES_ERRORS_EN: Codes = {
  'note.not_found': 'The note was not found, or you have no access to it.',
  'note.edit_forbidden': "Only the note's author, or the head of its agency, may change or delete it.",
  'note.widen_needs_leader':
    "Widening the distribution, lowering the TLP marking or publishing the note to the public needs the head of the author's agency.",
  'note.not_member_of_agency': 'You can only write notes for an agency you belong to.',
  'note.marking_above_clearance': 'The TLP marking is above your clearance in that agency ({clearance}).',
  'note.marking_required': 'An intelligence note needs a TLP marking and a distribution.',
  'note.best_practice_unmarked':
    'Best practices are TLP:CLEAR and reach all agencies: marking, distribution, group and recipients are for intelligence only.',
  'note.intelligence_never_public': 'An intelligence note is never public.',
  'note.red_needs_recipients': 'A TLP:RED note needs at least one named recipient.',
  'note.recipients_only_for_red': 'Only TLP:RED notes have named recipients.',
  'note.recipient_not_cleared': 'A recipient does not exist, is disabled or has no RED clearance.',
  'note.sharing_group_required': 'Choose a sharing group for group distribution (and only for it).',
  'note.sharing_group_not_joined': "The author's agency is not a member of that sharing group.",
  'note.nothing_to_change': 'There is nothing to change.',
  'note.not_shared': 'Comments and endorsements are for shared notes only.',
  'note.endorse_forbidden': 'Only the head or staff of another agency may endorse the note on its behalf.',
  'note.comment_agency_forbidden': 'You can only comment on behalf of an agency you belong to.',
  'note.comment_not_found': 'The comment was not found.',
  'note.readers_forbidden': "Only the head of the author's agency sees who read the note.",
  'note.recipients_forbidden': 'Only someone with RED clearance may look up the recipients of a TLP:RED note.',
  'note.attachment_not_found': 'The attachment was not found.',
  'note.attachment_too_large': 'The file is larger than 20 MB.',
  'note.attachment_type_not_allowed':
    'Only PDF, images (PNG, JPEG, GIF, WebP) and Office documents are accepted; the file content is none of them.',
  'note.attachment_missing': 'Attach a file.',
  'note.link_forbidden': 'You may not change the notes linked to this agenda item.',
  'note.link_not_found': 'That note is not linked to this agenda item.',
};
