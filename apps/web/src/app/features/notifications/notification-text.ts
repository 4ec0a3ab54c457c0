import { computed, inject, type Signal } from '@angular/core';
import type { NotificationDto, NotificationKind } from '@cumbre/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { countText, defineMessages, fill, injectMessages } from '../../core/i18n/translate';
import { formatMeetingTime, formatTimeOfDay, localDateTime, timeLang } from '@cumbre/scheduling';

// The API stores each notification's sentence in Spanish (it is also the e-mail) together with
// the parts it is made of; the bell words it again in the reader's language from those parts.
// Every kind the API emits has its wording here (WORDERS is a Record over NotificationKind, and
// notification-text.spec.ts words each kind in both languages).
export const NOTIFICATION_TEXT = defineMessages({
  es: {
    invitedTitle: 'Invitación: {meeting}',
    invitedBody: 'Su institución ha sido invitada a «{meeting}». Fecha: {when}. Lugar: {place}.',
    changedTitle: 'Cambio en la reunión: {meeting}',
    changedBody: 'La reunión «{meeting}» ha cambiado. Fecha: {when}. Lugar: {place}.',
    changedWhatBody: 'En la reunión «{meeting}», {what}. Fecha: {when}. Lugar: {place}.',
    timeChanged: 'la hora cambió de {before} a {after}',
    dateChanged: 'la fecha cambió de {before} a {after}',
    dateSet: 'la fecha quedó fijada',
    dateCleared: 'la fecha quedó por definir',
    placeChanged: 'el lugar cambió de {before} a {after}',
    titleChanged: 'antes se llamaba «{before}»',
    quoted: '«{text}»',
    cancelledTitle: 'Reunión cancelada: {meeting}',
    cancelledBody: 'La reunión «{meeting}» ha sido cancelada. Motivo: {reason}',
    answeredTitle: 'Respuesta: {meeting}',
    answeredPoll: '{agency} respondió la encuesta de fechas de «{meeting}».',
    answeredAccepted: '{agency} aceptó la invitación a «{meeting}».',
    answeredTentative: '{agency} respondió «tal vez» a la invitación a «{meeting}».',
    answeredDeclined: '{agency} declinó la invitación a «{meeting}».',
    allAnsweredTitle: 'Todos respondieron: {meeting}',
    allAnsweredPoll: 'Todas las instituciones invitadas respondieron la encuesta de fechas de «{meeting}».',
    allAnsweredInvitation: 'Todas las instituciones invitadas respondieron la invitación a «{meeting}».',
    answerDueTitle: 'Respuesta pendiente: {meeting}',
    answerDuePoll: '{agency} aún no responde la encuesta de fechas de «{meeting}». Plazo: {deadline}.',
    answerDueInvitation: '{agency} aún no responde la invitación a «{meeting}», que empieza el {deadline}.',
    reminderTitle: 'Mañana: {meeting}',
    reminderBody: 'Recordatorio: la reunión «{meeting}» es mañana. Fecha: {when}. Lugar: {place}.',
    agendaPublishedTitle: 'Agenda publicada: {meeting}',
    agendaPublishedBody: 'Se publicó la versión {version} de la agenda de «{meeting}».',
    minutesPublishedTitle: 'Acta publicada: {meeting}',
    minutesPublishedBody: 'Se publicó el acta de «{meeting}»: {decisions} y {actionItems}.',
    decisionsOne: '1 acuerdo',
    decisionsMany: '{n} acuerdos',
    actionItemsOne: '1 compromiso',
    actionItemsMany: '{n} compromisos',
    dueSoonTitle: 'Acciones por vencer: {meeting}',
    dueSoonOne: '{agency} tiene una acción de «{meeting}» que vence pronto.',
    dueSoonMany: '{agency} tiene {count} acciones de «{meeting}» que vencen pronto.',
    overdueTitle: 'Acciones vencidas: {meeting}',
    overdueOne: '{agency} tiene una acción vencida de «{meeting}».',
    overdueMany: '{agency} tiene {count} acciones vencidas de «{meeting}».',
    whenUndecided: 'fecha por definir',
    placeUndecided: 'lugar por definir',
  },
  en: {
    invitedTitle: 'Invitation: {meeting}',
    invitedBody: 'Your agency has been invited to “{meeting}”. Date: {when}. Place: {place}.',
    changedTitle: 'Meeting changed: {meeting}',
    changedBody: 'The meeting “{meeting}” has changed. Date: {when}. Place: {place}.',
    changedWhatBody: 'In the meeting “{meeting}”, {what}. Date: {when}. Place: {place}.',
    timeChanged: 'the time changed from {before} to {after}',
    dateChanged: 'the date changed from {before} to {after}',
    dateSet: 'the date was set',
    dateCleared: 'the date is to be decided again',
    placeChanged: 'the place changed from {before} to {after}',
    titleChanged: 'it was called “{before}”',
    quoted: '“{text}”',
    cancelledTitle: 'Meeting cancelled: {meeting}',
    cancelledBody: 'The meeting “{meeting}” has been cancelled. Reason: {reason}',
    answeredTitle: 'Answer: {meeting}',
    answeredPoll: '{agency} answered the date poll of “{meeting}”.',
    answeredAccepted: '{agency} accepted the invitation to “{meeting}”.',
    answeredTentative: '{agency} answered “maybe” to the invitation to “{meeting}”.',
    answeredDeclined: '{agency} declined the invitation to “{meeting}”.',
    allAnsweredTitle: 'Everyone answered: {meeting}',
    allAnsweredPoll: 'Every invited agency has answered the date poll of “{meeting}”.',
    allAnsweredInvitation: 'Every invited agency has answered the invitation to “{meeting}”.',
    answerDueTitle: 'Answer due: {meeting}',
    answerDuePoll: '{agency} has not answered the date poll of “{meeting}” yet. Deadline: {deadline}.',
    answerDueInvitation: '{agency} has not answered the invitation to “{meeting}” yet; it starts on {deadline}.',
    reminderTitle: 'Tomorrow: {meeting}',
    reminderBody: 'Reminder: the meeting “{meeting}” is tomorrow. Date: {when}. Place: {place}.',
    agendaPublishedTitle: 'Agenda published: {meeting}',
    agendaPublishedBody: 'Version {version} of the agenda of “{meeting}” has been published.',
    minutesPublishedTitle: 'Minutes published: {meeting}',
    minutesPublishedBody: 'The minutes of “{meeting}” have been published: {decisions} and {actionItems}.',
    decisionsOne: '1 decision',
    decisionsMany: '{n} decisions',
    actionItemsOne: '1 action item',
    actionItemsMany: '{n} action items',
    dueSoonTitle: 'Actions due soon: {meeting}',
    dueSoonOne: '{agency} has an action from “{meeting}” due soon.',
    dueSoonMany: '{agency} has {count} actions from “{meeting}” due soon.',
    overdueTitle: 'Overdue actions: {meeting}',
    overdueOne: '{agency} has an overdue action from “{meeting}”.',
    overdueMany: '{agency} has {count} overdue actions from “{meeting}”.',
    whenUndecided: 'date to be decided',
    placeUndecided: 'place to be decided',
  },
});

export type NotificationWords = Record<keyof (typeof NOTIFICATION_TEXT)['es'], string>;
type Words = NotificationWords;
type Params = NotificationDto['params'];

export interface NotificationText {
  title: string;
  body: string;
}

/** A string value of params, or undefined when it is absent or not a string. */
function text(params: Params | undefined, key: string): string | undefined {
  const value = params?.[key];
  return typeof value === 'string' ? value : undefined;
}

const isInstant = (iso: string) => !Number.isNaN(new Date(iso).getTime());

const NOW_KEYS = { start: 'startsAt', end: 'endsAt', zone: 'timeZone' };
const BEFORE_KEYS = {
  start: 'previousStartsAt',
  end: 'previousEndsAt',
  zone: 'previousTimeZone',
};

/** The meeting's time range in its zone, "to be decided" when it has none; undefined when unreadable. */
function when(params: Params, words: Words, locale: string, keys = NOW_KEYS): string | undefined {
  const startsAt = text(params, keys.start);
  const endsAt = text(params, keys.end);
  const timeZone = text(params, keys.zone) ?? text(params, 'timeZone');
  if (!startsAt || !endsAt) return words.whenUndecided;
  if (!timeZone || !isInstant(startsAt) || !isInstant(endsAt)) return undefined;
  // The same words as the meeting page: one formatter for every place a meeting's time is shown.
  return formatMeetingTime({ startsAt, endsAt }, timeZone, timeLang(locale)) || undefined;
}

/** "la hora cambió de 09:00–11:00 a 10:00–12:00", or the whole dates when the day moved. */
function timeChange(params: Params, words: Words, locale: string): string | undefined {
  const after = {
    startsAt: text(params, 'startsAt'),
    endsAt: text(params, 'endsAt'),
  };
  const before = {
    startsAt: text(params, 'previousStartsAt'),
    endsAt: text(params, 'previousEndsAt'),
  };
  if (!after.startsAt || !after.endsAt) return words.dateCleared;
  if (!before.startsAt || !before.endsAt) return words.dateSet;
  const zone = text(params, 'timeZone') ?? '';
  const beforeZone = text(params, 'previousTimeZone') ?? zone;
  if (![after.startsAt, after.endsAt, before.startsAt, before.endsAt].every(isInstant)) return undefined;
  const day = (iso: string) => {
    const l = localDateTime(new Date(iso), zone);
    return `${l.year}-${l.month}-${l.day}`;
  };
  const lang = timeLang(locale);
  if (beforeZone === zone && day(before.startsAt) === day(after.startsAt) && day(before.endsAt) === day(after.endsAt)) {
    const range = (s: string, e: string) => `${formatTimeOfDay(s, zone, lang)}–${formatTimeOfDay(e, zone, lang)}`;
    return fill(words.timeChanged, {
      before: range(before.startsAt, before.endsAt),
      after: range(after.startsAt, after.endsAt),
    });
  }
  return fill(words.dateChanged, {
    before: when(params, words, locale, BEFORE_KEYS) ?? '',
    after: when(params, words, locale) ?? '',
  });
}

/** What a `meeting.changed` says changed, in the reader's words; '' when it does not say. */
function whatChanged(params: Params, words: Words, locale: string): string | undefined {
  const parts: string[] = [];
  for (const what of (text(params, 'changed') ?? '').split(',').filter(Boolean)) {
    if (what === 'time') {
      const sentence = timeChange(params, words, locale);
      if (sentence === undefined) return undefined;
      parts.push(sentence);
    } else if (what === 'place') {
      const quote = (p: string | undefined) => (p ? fill(words.quoted, { text: p }) : words.placeUndecided);
      parts.push(
        fill(words.placeChanged, {
          before: quote(text(params, 'previousPlace')),
          after: quote(text(params, 'place')),
        }),
      );
    } else if (what === 'title' && text(params, 'previousTitle')) {
      parts.push(
        fill(words.titleChanged, {
          before: text(params, 'previousTitle') ?? '',
        }),
      );
    }
  }
  return parts.join('; ');
}

type Worder = (meeting: string, params: Params, words: Words, locale: string) => NotificationText | null;

function scheduleText(titleKey: keyof Words, bodyKey: keyof Words): Worder {
  return (meeting, params, words, locale) => {
    const date = when(params, words, locale);
    if (date === undefined) return null;
    const place = text(params, 'place') ?? words.placeUndecided;
    return {
      title: fill(words[titleKey], { meeting }),
      body: fill(words[bodyKey], { meeting, when: date, place }),
    };
  };
}

const ANSWERED: Record<string, keyof Words> = {
  poll: 'answeredPoll',
  accepted: 'answeredAccepted',
  tentative: 'answeredTentative',
  declined: 'answeredDeclined',
};

/** One wording per kind the API emits: a kind added to NOTIFICATION_KINDS fails to compile here. */
const WORDERS: Record<NotificationKind, Worder> = {
  'meeting.invited': scheduleText('invitedTitle', 'invitedBody'),
  'meeting.changed': (meeting, params, words, locale) => {
    const plain = scheduleText('changedTitle', 'changedBody')(meeting, params, words, locale);
    const what = whatChanged(params, words, locale);
    if (!plain || what === undefined) return null;
    if (!what) return plain;
    const date = when(params, words, locale) ?? '';
    const place = text(params, 'place') ?? words.placeUndecided;
    return {
      title: plain.title,
      body: fill(words.changedWhatBody, { meeting, what, when: date, place }),
    };
  },
  'meeting.cancelled': (meeting, params, words) => {
    const reason = text(params, 'reason');
    if (reason === undefined) return null;
    return {
      title: fill(words.cancelledTitle, { meeting }),
      body: fill(words.cancelledBody, { meeting, reason }),
    };
  },
  'meeting.answered': (meeting, params, words) => {
    const agency = text(params, 'agencyName');
    const key = ANSWERED[text(params, 'answerKind') === 'poll' ? 'poll' : (text(params, 'rsvp') ?? '')];
    if (!agency || !key) return null;
    return {
      title: fill(words.answeredTitle, { meeting }),
      body: fill(words[key], { meeting, agency }),
    };
  },
  'meeting.all_answered': (meeting, params, words) => {
    const kind = text(params, 'answerKind');
    if (kind !== 'poll' && kind !== 'invitation') return null;
    return {
      title: fill(words.allAnsweredTitle, { meeting }),
      body: fill(kind === 'poll' ? words.allAnsweredPoll : words.allAnsweredInvitation, { meeting }),
    };
  },
  'meeting.answer_due': (meeting, params, words, locale) => {
    const kind = text(params, 'answerKind');
    const agency = text(params, 'agencyName');
    const deadline = text(params, 'deadline');
    const zone = text(params, 'timeZone');
    if ((kind !== 'poll' && kind !== 'invitation') || !agency || !deadline || !zone || !isInstant(deadline))
      return null;
    return {
      title: fill(words.answerDueTitle, { meeting }),
      body: fill(kind === 'poll' ? words.answerDuePoll : words.answerDueInvitation, {
        meeting,
        agency,
        deadline: formatMeetingTime(deadline, zone, timeLang(locale)),
      }),
    };
  },
  'meeting.reminder': scheduleText('reminderTitle', 'reminderBody'),
  'agenda.published': (meeting, params, words) => {
    const version = text(params, 'version');
    if (!version) return null;
    return {
      title: fill(words.agendaPublishedTitle, { meeting }),
      body: fill(words.agendaPublishedBody, { meeting, version }),
    };
  },
  'minutes.published': (meeting, params, words) => {
    const decisions = text(params, 'decisions');
    const actionItems = text(params, 'actionItems');
    if (!decisions || !actionItems) return null;
    // The counts arrive as text (params): countText words them like every other count.
    const counted = (n: string, one: string, many: string) => countText(Number(n), one, many);
    return {
      title: fill(words.minutesPublishedTitle, { meeting }),
      body: fill(words.minutesPublishedBody, {
        meeting,
        decisions: counted(decisions, words.decisionsOne, words.decisionsMany),
        actionItems: counted(actionItems, words.actionItemsOne, words.actionItemsMany),
      }),
    };
  },
  'action_item.due_soon': (meeting, params, words) => {
    const agency = text(params, 'agencyName');
    const count = text(params, 'count');
    if (!agency || !count) return null;
    return {
      title: fill(words.dueSoonTitle, { meeting }),
      body: fill(count === '1' ? words.dueSoonOne : words.dueSoonMany, { meeting, agency, count }),
    };
  },
  'action_item.overdue': (meeting, params, words) => {
    const agency = text(params, 'agencyName');
    const count = text(params, 'count');
    if (!agency || !count) return null;
    return {
      title: fill(words.overdueTitle, { meeting }),
      body: fill(count === '1' ? words.overdueOne : words.overdueMany, { meeting, agency, count }),
    };
  },
};

/** Whether this client has its own wording for a kind. */
export function isWordedKind(kind: string): kind is NotificationKind {
  return Object.prototype.hasOwnProperty.call(WORDERS, kind);
}

/**
 * The title and body of a notification in the reader's language, from its kind and params;
 * the stored (Spanish) title and body for a kind this client does not know or missing params.
 */
export function notificationText(n: NotificationDto, words: Words, locale: string): NotificationText {
  const stored = { title: n.title, body: n.body };
  const meeting = text(n.params, 'meetingTitle');
  if (!meeting || !isWordedKind(n.kind)) return stored;
  return WORDERS[n.kind](meeting, n.params, words, locale) ?? stored;
}

/**
 * `items` each with its title and body in the reader's language, following the language switch
 * (the bell and the notifications page). Call it where `inject` may be called.
 */
export function wordedNotifications(
  items: () => readonly NotificationDto[],
): Signal<({ n: NotificationDto } & NotificationText)[]> {
  const words = injectMessages(NOTIFICATION_TEXT);
  const locale = inject(I18n).locale;
  return computed(() => items().map((n) => ({ n, ...notificationText(n, words(), locale()) })));
}
