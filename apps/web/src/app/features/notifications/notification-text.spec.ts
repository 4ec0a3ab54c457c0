import type { NotificationDto } from '@cumbre/contracts';
import { NOTIFICATION_TEXT, notificationText } from './notification-text';

function note(
  kind: string,
  params: Record<string, string | null>,
): NotificationDto {
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

const es = (n: NotificationDto) =>
  notificationText(n, NOTIFICATION_TEXT.es, 'es-PE');
const en = (n: NotificationDto) =>
  notificationText(n, NOTIFICATION_TEXT.en, 'en-GB');

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
    expect(
      en(note('meeting.cancelled', { meetingTitle: 'Cumbre regional' })),
    ).toEqual(stored);
    const noZone: Record<string, string | null> = { ...scheduled };
    delete noZone['timeZone'];
    expect(en(note('meeting.changed', noZone))).toEqual(stored);
    expect(
      en(note('meeting.changed', { ...scheduled, startsAt: 'not a date' })),
    ).toEqual(stored);
    // Rows written before params existed may reach an older API answer without the field.
    const legacy = {
      ...note('meeting.invited', {}),
    } as Partial<NotificationDto>;
    delete legacy.params;
    expect(en(legacy as NotificationDto)).toEqual(stored);
  });
});
