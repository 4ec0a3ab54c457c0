import type { ErrorCode } from '@cumbre/contracts';

type Codes = Record<Extract<ErrorCode, `${'announcement' | 'comment' | 'moderation'}.${string}`>, string>;

/** The public site: announcements, reader comments and their moderation. */
export const PUBLIC_ERRORS_ES: Codes = {
  'announcement.not_found': 'No se encontró el anuncio.',
  'announcement.write_forbidden':
    'Solo el equipo de comunicaciones o un titular de la entidad pueden escribir sus anuncios.',
  'announcement.slug_taken': 'La dirección «{slug}» ya la usa otro anuncio; elige otra.',
  'announcement.status_move_not_allowed': 'Ese cambio de estado no está permitido para este anuncio.',
  'announcement.publish_at_required': 'Indica cuándo se publicará.',
  'announcement.publish_at_in_past': 'La fecha de publicación debe ser futura.',
  'announcement.unknown_meeting': 'Esa reunión no existe o no es pública.',
  'announcement.bad_image': 'La imagen debe ser JPEG, PNG o WebP.',
  'comment.announcement_closed': 'Este anuncio no admite comentarios.',
  'comment.not_found': 'No se encontró el comentario.',
  'comment.reply_to_reply': 'Solo se puede responder a un comentario, no a una respuesta.',
  'comment.unknown_parent': 'El comentario al que respondes ya no está disponible.',
  'comment.rejected_as_bot': 'No pudimos aceptar el comentario. Vuelve a cargar la página e inténtalo otra vez.',
  'comment.blocked': 'Los moderadores no aceptan comentarios desde esta dirección.',
  'comment.rate_limited':
    'Has enviado demasiados comentarios seguidos. Espera {retryAfterSeconds} segundos e inténtalo de nuevo.',
  'comment.already_flagged': 'Ya reportaste este comentario. Gracias.',
  'comment.subscription_token_invalid': 'El enlace no es válido o ya caducó.',
  'moderation.forbidden': 'Solo los moderadores pueden moderar comentarios.',
  'moderation.word_exists': 'La palabra «{word}» ya está en la lista.',
};

export const PUBLIC_ERRORS_EN: Codes = {
  'announcement.not_found': 'Announcement not found.',
  'announcement.write_forbidden': 'Only the communications team or a leader of the agency may write its announcements.',
  'announcement.slug_taken': 'The address “{slug}” is used by another announcement; choose another.',
  'announcement.status_move_not_allowed': 'That status change is not allowed for this announcement.',
  'announcement.publish_at_required': 'Say when it will be published.',
  'announcement.publish_at_in_past': 'The publication time must be in the future.',
  'announcement.unknown_meeting': 'That meeting does not exist or is not public.',
  'announcement.bad_image': 'The image must be a JPEG, PNG or WebP.',
  'comment.announcement_closed': 'This announcement does not take comments.',
  'comment.not_found': 'Comment not found.',
  'comment.reply_to_reply': 'You can reply to a comment, not to a reply.',
  'comment.unknown_parent': 'The comment you are replying to is no longer available.',
  'comment.rejected_as_bot': 'We could not accept the comment. Reload the page and try again.',
  'comment.blocked': 'The moderators do not accept comments from this address.',
  'comment.rate_limited': 'You have sent too many comments in a row. Wait {retryAfterSeconds} seconds and try again.',
  'comment.already_flagged': 'You already reported this comment. Thank you.',
  'comment.subscription_token_invalid': 'The link is not valid or has expired.',
  'moderation.forbidden': 'Only moderators may moderate comments.',
  'moderation.word_exists': 'The word “{word}” is already on the list.',
};
