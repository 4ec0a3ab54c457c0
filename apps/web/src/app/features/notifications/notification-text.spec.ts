import { NOTIFICATION_KINDS, type NotificationDto, type NotificationKind } from '@cumbre/contracts';
import { NOTIFICATION_TEXT, notificationText } from './notification-text';
import { NOTIFICATIONS_MESSAGES } from './notifications.messages';

function note(kind: string, params: Record<string, string | null>): NotificationDto {
  return {
    id: 'n-1',
    kind,
    title: 'Título guardado',
    body: 'Cuerpo guardado',
    meetingId: 'm-1',
    createdAt: '2026-11-27T15:00:00Z',
    readAt: null,
    params,
  };
}

const scheduled = {
  meetingTitle: 'Cumbre regional',
  startsAt: '2026-12-05T14:00:00.000Z',
  endsAt: '2026-12-05T22:00:00.000Z',
  timeZone: 'America/Lima',
  place: 'Sala Grau, Av. Grau 123, Piura',
};

const es = (n: NotificationDto) => notificationText(n, NOTIFICATION_TEXT.es, 'es-PE');
const en = (n: NotificationDto) => notificationText(n, NOTIFICATION_TEXT.en, 'en-GB');

describe('notificationText', () => {
  it('words an invitation in Spanish, in the meeting’s zone with the zone named', () => {
    expect(es(note('meeting.invited', scheduled))).toEqual({
      title: 'Invitación: Cumbre regional',
      body:
        'Su institución ha sido invitada a «Cumbre regional». ' +
        'Fecha: 05/12/2026 09:00–17:00 hora de Lima (UTC−5). ' +
        'Lugar: Sala Grau, Av. Grau 123, Piura.',
    });
  });

  it('words an invitation in English', () => {
    expect(en(note('meeting.invited', scheduled))).toEqual({
      title: 'Invitation: Cumbre regional',
      body:
        'Your agency has been invited to “Cumbre regional”. ' +
        'Date: 5 Dec 2026, 09:00–17:00 Lima time (UTC−5). ' +
        'Place: Sala Grau, Av. Grau 123, Piura.',
    });
  });

  it('words a change with an undecided date and place in both languages', () => {
    const undecided = note('meeting.changed', {
      ...scheduled,
      startsAt: null,
      endsAt: null,
      place: null,
    });
    expect(es(undecided)).toEqual({
      title: 'Cambio en la reunión: Cumbre regional',
      body: 'La reunión «Cumbre regional» ha cambiado. Fecha: fecha por definir. Lugar: lugar por definir.',
    });
    expect(en(undecided)).toEqual({
      title: 'Meeting changed: Cumbre regional',
      body: 'The meeting “Cumbre regional” has changed. Date: date to be decided. Place: place to be decided.',
    });
  });

  it('words a cancellation with its reason in both languages', () => {
    const cancelled = note('meeting.cancelled', {
      meetingTitle: 'Cumbre regional',
      reason: 'Paro de transportistas',
    });
    expect(es(cancelled)).toEqual({
      title: 'Reunión cancelada: Cumbre regional',
      body: 'La reunión «Cumbre regional» ha sido cancelada. Motivo: Paro de transportistas',
    });
    expect(en(cancelled)).toEqual({
      title: 'Meeting cancelled: Cumbre regional',
      body: 'The meeting “Cumbre regional” has been cancelled. Reason: Paro de transportistas',
    });
  });

  it('falls back to the stored title and body for an unknown kind or missing params', () => {
    const stored = { title: 'Título guardado', body: 'Cuerpo guardado' };
    expect(en(note('agency.joined', scheduled))).toEqual(stored);
    expect(en(note('meeting.invited', {}))).toEqual(stored);
    expect(en(note('meeting.cancelled', { meetingTitle: 'Cumbre regional' }))).toEqual(stored);
    const noZone: Record<string, string | null> = { ...scheduled };
    delete noZone['timeZone'];
    expect(en(note('meeting.changed', noZone))).toEqual(stored);
    expect(en(note('meeting.changed', { ...scheduled, startsAt: 'not a date' }))).toEqual(stored);
    // Rows written before params existed may reach an older API answer without the field.
    const legacy = {
      ...note('meeting.invited', {}),
    } as Partial<NotificationDto>;
    delete legacy.params;
    expect(en(legacy as NotificationDto)).toEqual(stored);
  });

  // The params each kind is sent with (see NotificationDto.params in libs/contracts). A kind added
  // to NOTIFICATION_KINDS without an entry here fails to compile, and without a wording in
  // notification-text.ts fails below.
  const SENT: Record<NotificationKind, Record<string, string | null>> = {
    'meeting.invited': scheduled,
    'meeting.changed': scheduled,
    'meeting.cancelled': { meetingTitle: 'Cumbre regional', reason: 'Paro' },
    'meeting.answered': {
      meetingTitle: 'Cumbre regional',
      answerKind: 'invitation',
      agencyId: 'a-1',
      agencyName: 'Gobierno Regional de Piura',
      rsvp: 'accepted',
    },
    'meeting.all_answered': {
      meetingTitle: 'Cumbre regional',
      answerKind: 'poll',
    },
    'meeting.answer_due': {
      meetingTitle: 'Cumbre regional',
      answerKind: 'poll',
      agencyId: 'a-1',
      agencyName: 'Gobierno Regional de Piura',
      deadline: '2026-12-01T04:59:00.000Z',
      timeZone: 'America/Lima',
    },
    'meeting.reminder': scheduled,
    'agenda.published': { meetingTitle: 'Cumbre regional', version: '2' },
    'minutes.published': { meetingTitle: 'Cumbre regional', decisions: '3', actionItems: '1' },
    'action_item.due_soon': { meetingTitle: 'Cumbre regional', agencyName: 'GORE Piura', count: '1' },
    'action_item.overdue': { meetingTitle: 'Cumbre regional', agencyName: 'GORE Piura', count: '2' },
  };

  it.each([...NOTIFICATION_KINDS])('words %s in Spanish and in English, not the stored text', (kind) => {
    const n = note(kind, SENT[kind]);
    const inSpanish = es(n);
    const inEnglish = en(n);
    for (const t of [inSpanish, inEnglish]) {
      expect(t.title).not.toBe('Título guardado');
      expect(t.body).not.toBe('Cuerpo guardado');
      expect(t.title).toContain('Cumbre regional');
      expect(`${t.title} ${t.body}`).not.toMatch(/\{\w+\}/);
    }
    expect(inEnglish.title).not.toBe(inSpanish.title);
    expect(inEnglish.body).not.toBe(inSpanish.body);
  });

  it('names every kind on the preferences page in both languages', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const key = `kind.${kind}` as keyof (typeof NOTIFICATIONS_MESSAGES)['es'];
      expect(NOTIFICATIONS_MESSAGES.es[key], kind).toBeTruthy();
      expect(NOTIFICATIONS_MESSAGES.en[key], kind).toBeTruthy();
    }
  });

  it('words the answers, the nudges, the reminder and a published agenda', () => {
    const answered = (extra: Record<string, string | null>) =>
      note('meeting.answered', { ...SENT['meeting.answered'], ...extra });
    expect(en(answered({ rsvp: 'declined' }))).toEqual({
      title: 'Answer: Cumbre regional',
      body: 'Gobierno Regional de Piura declined the invitation to “Cumbre regional”.',
    });
    expect(es(answered({ answerKind: 'poll', rsvp: null })).body).toBe(
      'Gobierno Regional de Piura respondió la encuesta de fechas de «Cumbre regional».',
    );
    expect(en(note('meeting.all_answered', SENT['meeting.all_answered']))).toEqual({
      title: 'Everyone answered: Cumbre regional',
      body: 'Every invited agency has answered the date poll of “Cumbre regional”.',
    });
    expect(es(note('meeting.answer_due', SENT['meeting.answer_due'])).body).toBe(
      'Gobierno Regional de Piura aún no responde la encuesta de fechas de «Cumbre regional». ' +
        'Plazo: 30/11/2026 23:59 hora de Lima (UTC−5).',
    );
    expect(en(note('meeting.reminder', scheduled))).toEqual({
      title: 'Tomorrow: Cumbre regional',
      body:
        'Reminder: the meeting “Cumbre regional” is tomorrow. ' +
        'Date: 5 Dec 2026, 09:00–17:00 Lima time (UTC−5). Place: Sala Grau, Av. Grau 123, Piura.',
    });
    expect(en(note('agenda.published', SENT['agenda.published'])).body).toBe(
      'Version 2 of the agenda of “Cumbre regional” has been published.',
    );
    expect(en(note('minutes.published', SENT['minutes.published'])).body).toBe(
      'The minutes of “Cumbre regional” have been published: 3 decisions and 1 action item.',
    );
    expect(es(note('minutes.published', SENT['minutes.published'])).body).toBe(
      'Se publicó el acta de «Cumbre regional»: 3 acuerdos y 1 compromiso.',
    );
    expect(en(note('action_item.overdue', SENT['action_item.overdue'])).body).toBe(
      'GORE Piura has 2 overdue actions from “Cumbre regional”.',
    );
    expect(es(note('action_item.overdue', { ...SENT['action_item.overdue'], count: '1' })).body).toBe(
      'GORE Piura tiene una acción vencida de «Cumbre regional».',
    );
    expect(es(note('action_item.due_soon', SENT['action_item.due_soon'])).body).toBe(
      'GORE Piura tiene una acción de «Cumbre regional» que vence pronto.',
    );
    expect(en(note('action_item.due_soon', { ...SENT['action_item.due_soon'], count: '2' }))).toEqual({
      title: 'Actions due soon: Cumbre regional',
      body: 'GORE Piura has 2 actions from “Cumbre regional” due soon.',
    });
  });

  it('says what changed: the time on the same day, the place, in both languages', () => {
    const moved = note('meeting.changed', {
      ...scheduled,
      changed: 'time,place',
      previousStartsAt: '2026-12-05T13:00:00.000Z',
      previousEndsAt: '2026-12-05T21:00:00.000Z',
      previousTimeZone: 'America/Lima',
      previousPlace: 'Sala A',
    });
    expect(es(moved).body).toBe(
      'En la reunión «Cumbre regional», la hora cambió de 08:00–16:00 a 09:00–17:00; ' +
        'el lugar cambió de «Sala A» a «Sala Grau, Av. Grau 123, Piura». ' +
        'Fecha: 05/12/2026 09:00–17:00 hora de Lima (UTC−5). Lugar: Sala Grau, Av. Grau 123, Piura.',
    );
    expect(en(moved).body).toContain(
      'In the meeting “Cumbre regional”, the time changed from 08:00–16:00 to 09:00–17:00; ' +
        'the place changed from “Sala A” to “Sala Grau, Av. Grau 123, Piura”.',
    );
    const newDay = note('meeting.changed', {
      ...scheduled,
      changed: 'time',
      previousStartsAt: '2026-12-04T14:00:00.000Z',
      previousEndsAt: '2026-12-04T22:00:00.000Z',
      previousTimeZone: 'America/Lima',
    });
    expect(en(newDay).body).toContain(
      'the date changed from 4 Dec 2026, 09:00–17:00 Lima time (UTC−5) to 5 Dec 2026, 09:00–17:00 Lima time (UTC−5)',
    );
    const fixed = note('meeting.changed', {
      ...scheduled,
      changed: 'time',
      previousStartsAt: null,
      previousEndsAt: null,
    });
    expect(es(fixed).body).toContain('En la reunión «Cumbre regional», la fecha quedó fijada.');
  });
});
