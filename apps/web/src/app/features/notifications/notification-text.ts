import type { NotificationDto } from '@cumbre/contracts';
import { defineMessages, fill } from '../../core/i18n/translate';
import { formatMeetingTime, timeLang } from '@cumbre/scheduling';

// The API stores each notification's sentence in Spanish (it is also the e-mail) together with
// the parts it is made of; the bell words it again in the reader's language from those parts.
export const NOTIFICATION_TEXT = defineMessages({
  es: {
    invitedTitle: 'Invitación: {meeting}',
    invitedBody:
      'Su institución ha sido invitada a «{meeting}». Fecha: {when}. Lugar: {place}.',
    changedTitle: 'Cambio en la reunión: {meeting}',
    changedBody:
      'La reunión «{meeting}» ha cambiado. Fecha: {when}. Lugar: {place}.',
    cancelledTitle: 'Reunión cancelada: {meeting}',
    cancelledBody: 'La reunión «{meeting}» ha sido cancelada. Motivo: {reason}',
    whenUndecided: 'fecha por definir',
    placeUndecided: 'lugar por definir',
  },
  en: {
    invitedTitle: 'Invitation: {meeting}',
    invitedBody:
      'Your agency has been invited to “{meeting}”. Date: {when}. Place: {place}.',
    changedTitle: 'Meeting changed: {meeting}',
    changedBody:
      'The meeting “{meeting}” has changed. Date: {when}. Place: {place}.',
    cancelledTitle: 'Meeting cancelled: {meeting}',
    cancelledBody:
      'The meeting “{meeting}” has been cancelled. Reason: {reason}',
    whenUndecided: 'date to be decided',
    placeUndecided: 'place to be decided',
  },
});

type Words = Record<keyof (typeof NOTIFICATION_TEXT)['es'], string>;

export interface NotificationText {
  title: string;
  body: string;
}

/** A string value of params, or undefined when it is absent or not a string. */
function text(
  params: NotificationDto['params'] | undefined,
  key: string,
): string | undefined {
  const value = params?.[key];
  return typeof value === 'string' ? value : undefined;
}

function when(
  params: NotificationDto['params'],
  words: Words,
  locale: string,
): string | undefined {
  const startsAt = text(params, 'startsAt');
  const endsAt = text(params, 'endsAt');
  const timeZone = text(params, 'timeZone');
  if (!startsAt || !endsAt) return words.whenUndecided;
  if (!timeZone) return undefined;
  // The same words as the meeting page: one formatter for every place a meeting's time is shown.
  const range = formatMeetingTime(
    { startsAt, endsAt },
    timeZone,
    timeLang(locale),
  );
  // An unreadable instant is better shown as the stored Spanish sentence than as a blank.
  if (!range || Number.isNaN(new Date(endsAt).getTime())) return undefined;
  return range;
}

/**
 * The title and body of a notification in the reader's language, from its kind and params;
 * the stored (Spanish) title and body for a kind this client does not know or missing params.
 */
export function notificationText(
  n: NotificationDto,
  words: Words,
  locale: string,
): NotificationText {
  const stored = { title: n.title, body: n.body };
  const meeting = text(n.params, 'meetingTitle');
  if (!meeting) return stored;
  switch (n.kind) {
    case 'meeting.invited':
    case 'meeting.changed': {
      const date = when(n.params, words, locale);
      if (date === undefined) return stored;
      const place = text(n.params, 'place') ?? words.placeUndecided;
      const invited = n.kind === 'meeting.invited';
      return {
        title: fill(invited ? words.invitedTitle : words.changedTitle, {
          meeting,
        }),
        body: fill(invited ? words.invitedBody : words.changedBody, {
          meeting,
          when: date,
          place,
        }),
      };
    }
    case 'meeting.cancelled': {
      const reason = text(n.params, 'reason');
      if (reason === undefined) return stored;
      return {
        title: fill(words.cancelledTitle, { meeting }),
        body: fill(words.cancelledBody, { meeting, reason }),
      };
    }
    default:
      return stored;
  }
}
