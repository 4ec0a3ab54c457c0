import { defineMessages } from '../../../core/i18n/translate';

/** The minutes panel (secretary, publication) and an action item's history and comments. */
export const MINUTES_MESSAGES = defineMessages({
  es: {
    heading: 'Acta',
    secretary: 'Secretaría de actas',
    secretaryNone:
      'Sin secretaría designada: solo quien convoca registra el acta.',
    secretaryIs: 'Registra el acta: {name}',
    secretaryPick: 'Persona que registra el acta',
    secretaryHint:
      'Integrantes de la institución anfitriona y delegados de las instituciones invitadas.',
    secretaryNoCandidates:
      'Aún no hay a quién designar: las instituciones invitadas deben nombrar delegados.',
    designate: 'Designar',
    removeSecretary: 'Quitar secretaría',
    secretarySet: 'Se designó a {name} para registrar el acta.',
    secretaryRemoved: 'Se quitó la secretaría de actas.',
    minutesPublishedAt: 'Acta publicada el {when}: ya no se puede modificar.',
    minutesDraft: 'El acta está en borrador.',
    minutesNeedConcluded:
      'El acta se publica cuando la reunión haya concluido.',
    publishMinutes: 'Publicar el acta',
    publishMinutesTitle: '¿Publicar el acta?',
    publishMinutesMessage:
      'Las notas, los acuerdos y los compromisos quedarán solo para lectura. Los estados de los compromisos podrán seguir actualizándose.',
    minutesPublished: 'Acta publicada.',
    history: 'Historial',
    hideHistory: 'Ocultar historial',
    historyLabel: 'Historial y comentarios de «{what}»',
    historyCreated: 'registró el compromiso',
    historyStatus: 'cambió el estado de {from} a {to}',
    historyComment: 'comentó',
    historyBy: '{who}, {when}',
    someone: 'Alguien',
    comment: 'Comentario',
    addComment: 'Comentar',
    commentAdded: 'Comentario agregado.',
    loadingHistory: 'Cargando historial…',
  },
  en: {
    heading: 'Minutes',
    secretary: 'Minutes secretary',
    secretaryNone: 'No secretary named: only the convener records the minutes.',
    secretaryIs: 'Records the minutes: {name}',
    secretaryPick: 'Person who records the minutes',
    secretaryHint:
      "Members of the host agency and the invited agencies' delegates.",
    secretaryNoCandidates:
      'Nobody to name yet: the invited agencies have to name delegates.',
    designate: 'Name',
    removeSecretary: 'Remove the secretary',
    secretarySet: '{name} now records the minutes.',
    secretaryRemoved: 'The minutes secretary was removed.',
    minutesPublishedAt:
      'Minutes published on {when}: they can no longer be changed.',
    minutesDraft: 'The minutes are a draft.',
    minutesNeedConcluded:
      'The minutes are published once the meeting has concluded.',
    publishMinutes: 'Publish the minutes',
    publishMinutesTitle: 'Publish the minutes?',
    publishMinutesMessage:
      'Notes, decisions and action items become read-only. Action item statuses can still be updated.',
    minutesPublished: 'Minutes published.',
    history: 'History',
    hideHistory: 'Hide history',
    historyLabel: 'History and comments of “{what}”',
    historyCreated: 'recorded the action item',
    historyStatus: 'changed the status from {from} to {to}',
    historyComment: 'commented',
    historyBy: '{who}, {when}',
    someone: 'Someone',
    comment: 'Comment',
    addComment: 'Comment',
    commentAdded: 'Comment added.',
    loadingHistory: 'Loading history…',
  },
});

export type MinutesMessages = (typeof MINUTES_MESSAGES)['es'];
