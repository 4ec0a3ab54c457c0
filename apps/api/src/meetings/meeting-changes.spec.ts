import type { UpdateMeetingBody } from './dto/meeting.requests';
import type { MeetingEntity } from './entities/meeting.entity';
import { diffMeeting } from './meeting-changes';
import { describeMeetingTime } from './meeting-notifier.service';

const meeting = {
  title: 'Cumbre',
  description: '',
  startsAt: new Date('2026-12-05T14:00:00Z'),
  endsAt: new Date('2026-12-05T22:00:00Z'),
  timeZone: 'America/Lima',
  venueName: 'Centro',
  venueAddress: null,
  venueCity: 'Piura',
  onlineUrl: null,
  visibility: 'internal',
} as MeetingEntity;

const body = (b: Partial<UpdateMeetingBody>) => ({ version: 1, ...b }) as UpdateMeetingBody;

describe('diffMeeting', () => {
  it('sees no change when the same instant is sent in another offset', () => {
    const d = diffMeeting(meeting, body({ startsAt: '2026-12-05T09:00:00-05:00', title: 'Cumbre' }), undefined);
    expect(d.changed).toEqual([]);
    expect(d.timeChanged).toBe(false);
  });

  it('tells time changes from place changes from other changes', () => {
    expect(diffMeeting(meeting, body({ endsAt: '2026-12-05T18:00:00-05:00' }), undefined)).toMatchObject({
      changed: ['endsAt'],
      timeChanged: true,
      placeChanged: false,
    });
    expect(diffMeeting(meeting, body({}), 'Europe/Madrid')).toMatchObject({ changed: ['timeZone'], timeChanged: true });
    expect(diffMeeting(meeting, body({ venue: { city: 'Tumbes' } }), undefined)).toMatchObject({
      changed: ['venueCity'],
      timeChanged: false,
      placeChanged: true,
    });
    expect(diffMeeting(meeting, body({ onlineUrl: 'https://meet.example' }), undefined).placeChanged).toBe(true);
    expect(diffMeeting(meeting, body({ title: 'Otra' }), undefined)).toMatchObject({
      changed: ['title'],
      timeChanged: false,
      placeChanged: false,
    });
  });

  it('keeps omitted fields and clears null ones', () => {
    const d = diffMeeting(meeting, body({ venue: { name: null }, startsAt: null, endsAt: null }), undefined);
    expect(d.next).toMatchObject({ venueName: null, venueCity: 'Piura', startsAt: null, endsAt: null });
  });
});

describe('describeMeetingTime', () => {
  it('names the day, the hours and the zone with its offset, in Spanish', () => {
    expect(describeMeetingTime(meeting.startsAt, meeting.endsAt, 'America/Lima')).toBe(
      '05/12/2026 09:00–17:00 hora de Lima (UTC\u22125)',
    );
    expect(describeMeetingTime(null, null, 'America/Lima')).toBe('fecha por definir');
  });
});
