import { defineMessages } from '../../../core/i18n/translate';

export const SHARE_MESSAGES = defineMessages({
  es: {
    share: 'Compartir',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    copyByHand: 'Copia este enlace:',
  },
  en: {
    share: 'Share',
    copy: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Copy this link:',
  },
});

export const CARD_MESSAGES = defineMessages({
  es: {
    comments: '{count} comentarios',
    oneComment: '1 comentario',
  },
  en: {
    comments: '{count} comments',
    oneComment: '1 comment',
  },
});

export const MEETING_CARD_MESSAGES = defineMessages({
  es: {
    cancelled: 'Cancelada',
    inProgress: 'En curso',
    held: 'Realizada',
    noDate: 'Fecha por confirmar',
    host: 'Entidad anfitriona',
    ics: 'Añadir a mi calendario (.ics)',
    agenda: 'Agenda publicada',
    agendaAndDecisions: 'Agenda y acuerdos',
  },
  en: {
    cancelled: 'Cancelled',
    inProgress: 'In progress',
    held: 'Held',
    noDate: 'Date to be confirmed',
    host: 'Host',
    ics: 'Add to my calendar (.ics)',
    agenda: 'Published agenda',
    agendaAndDecisions: 'Agenda and decisions',
  },
});
