import ICAL from 'ical.js';
import type { CalendarFeedDto, MeetingDto } from '@cumbre/contracts';
import {
  accept,
  call,
  createMeeting,
  useMeetingWorld,
  futureDay,
  invite,
  limaTime,
  schedule,
} from '../../test/meeting-world';

// The .ics output is read back with ical.js, an independent parser, never with our own code.

const PUBLIC_URL = 'https://cumbre.example.pe';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz, tz.tzid);
  }
  return cal;
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar: meeting files and calendar feeds', () => {
  const w = useMeetingWorld({ PUBLIC_URL });

  const ics = (who: Parameters<typeof call>[1], id: string) => call(w, who, 'GET', `/api/meetings/${id}.ics`);

  describe('GET /api/meetings/:id.ics', () => {
    let m: MeetingDto;
    let day: string;

    beforeAll(async () => {
      day = futureDay();
      m = await createMeeting(w, {
        day,
        from: '09:00',
        to: '17:00',
        title: 'Cumbre de Seguridad; prueba, con “comillas” y ñandú — fin',
        extra: { description: 'Primera línea.\nSegunda línea; con punto y coma, y coma. ' + 'Texto largo '.repeat(20) },
      });
      await invite(w, m.id);
      const delegates = [w.users.invitedLeader.id, w.users.invitedAnalyst.id];
      m = await schedule(w, await accept(w, m.id, 'invitedStaff', delegates));
    });

    it('is RFC 5545 text: CRLF line endings, lines folded at 75 octets', async () => {
      const res = await ics('invitedAnalyst', m.id);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('.ics');
      expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(res.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of res.body.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(res.body).toMatch(/\r\n /); // the long description was folded
    });

    it('carries UID, SEQUENCE, DTSTART with TZID, LOCATION, URL, STATUS, ORGANIZER and ATTENDEEs', async () => {
      const cal = parse((await ics('invitedAnalyst', m.id)).body);
      const vevent = cal.getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>;
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${m.id}@cumbre`);
      expect(event.sequence).toBe(1);
      expect(event.summary).toBe(m.title);
      expect(event.description).toContain('Primera línea.\nSegunda línea; con punto y coma, y coma.');
      expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Lima');
      expect(event.startDate.toString()).toBe(`${day}T09:00:00`);
      expect(event.startDate.toJSDate().toISOString()).toBe(`${day}T14:00:00.000Z`);
      expect(event.endDate.toJSDate().toISOString()).toBe(`${day}T22:00:00.000Z`);
      expect(event.location).toBe('Sala de prueba, Av. Prueba 123, Piura');
      expect(vevent.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/app/reuniones/${m.id}`);
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const organizer = vevent.getFirstProperty('organizer');
      expect(organizer?.getFirstValue()).toBe(`mailto:${w.users.convener.email}`);
      expect(organizer?.getParameter('cn')).toBe('Convocante Prueba');
      const attendees = vevent
        .getAllProperties('attendee')
        .map((a) => [a.getFirstValue(), a.getParameter('partstat'), a.getParameter('cutype'), a.getParameter('cn')]);
      expect(attendees).toEqual(
        expect.arrayContaining([
          [`mailto:${w.users.invitedLeader.email}`, 'ACCEPTED', 'INDIVIDUAL', 'Líder Invitada'],
          [`mailto:${w.users.invitedAnalyst.email}`, 'ACCEPTED', 'INDIVIDUAL', 'Analista Invitada'],
          [`urn:uuid:${w.agencies.other}`, 'NEEDS-ACTION', 'GROUP', expect.any(String)],
        ]),
      );
      expect(attendees).toHaveLength(3);
      const vtz = cal.getFirstSubcomponent('vtimezone');
      expect(vtz?.getFirstPropertyValue('tzid')).toBe('America/Lima');
    });

    it('keeps the UID and raises SEQUENCE after a change of time; says CANCELLED after a cancellation', async () => {
      const day2 = futureDay();
      const moved = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        startsAt: limaTime(day2, '10:00'),
        endsAt: limaTime(day2, '12:30'),
        version: m.version,
      });
      expect(moved.statusCode).toBe(200);
      let event = new ICAL.Event(
        parse((await ics('convener', m.id)).body).getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>,
      );
      expect(event.uid).toBe(`${m.id}@cumbre`);
      expect(event.sequence).toBe(2);
      expect(event.startDate.toString()).toBe(`${day2}T10:00:00`);

      const cancelled = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'cancelled',
        reason: 'Se traslada',
        version: moved.json().version,
      });
      expect(cancelled.statusCode).toBe(200);
      const vevent = parse((await ics('invitedLeader', m.id)).body).getFirstSubcomponent('vevent') as InstanceType<
        typeof ICAL.Component
      >;
      event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${m.id}@cumbre`);
      expect(event.sequence).toBe(3);
      expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('converts a meeting in a zone with daylight saving time correctly', async () => {
      const summer = await createMeeting(w, {
        extra: {
          timeZone: 'Europe/Madrid',
          startsAt: '2031-07-01T10:00:00+02:00',
          endsAt: '2031-07-01T11:00:00+02:00',
        },
      });
      const cal = parse((await ics('convener', summer.id)).body);
      const event = new ICAL.Event(cal.getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>);
      expect(event.startDate.toString()).toBe('2031-07-01T10:00:00');
      expect(event.startDate.toJSDate().toISOString()).toBe('2031-07-01T08:00:00.000Z');
    });

    it('hides e-mail addresses from a signed-in onlooker of a public meeting', async () => {
      const pub = await schedule(w, await createMeeting(w, { visibility: 'public' }));
      await invite(w, pub.id, [w.agencies.invited]);
      await accept(w, pub.id, 'invitedLeader', [w.users.invitedLeader.id]);
      const res = await ics('outsider', pub.id);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('@prueba.example.pe');
      const vevent = parse(res.body).getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>;
      expect(vevent.getFirstPropertyValue('organizer')).toBe(`urn:uuid:${w.agencies.host}`);
      expect(vevent.getAllProperties('attendee')).toHaveLength(0);
    });

    it('answers 409 for a meeting without a date, 404 for one the caller cannot see, 400 for a bad id', async () => {
      const undated = (
        await call(w, 'convener', 'POST', '/api/meetings', { title: 'Sin fecha', hostAgencyId: w.agencies.host })
      ).json();
      const res = await ics('convener', undated.id);
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('no date yet');
      expect((await ics('outsider', m.id)).statusCode).toBe(404);
      expect((await call(w, 'convener', 'GET', '/api/meetings/abc.ics')).statusCode).toBe(400);
    });
  });

  describe('personal calendar feed', () => {
    it('is created, listed by token without signing in, rotated and revoked', async () => {
      const mine = await schedule(w, await createMeeting(w, { title: 'En mi calendario' }));
      await invite(w, mine.id, [w.agencies.invited]);
      await accept(w, mine.id, 'invitedLeader', [w.users.invitedAnalyst.id]);

      const before = await call(w, 'invitedAnalyst', 'GET', '/api/calendar/feed');
      expect(before.json()).toEqual({ url: null, createdAt: null, active: false });
      const created = await call(w, 'invitedAnalyst', 'POST', '/api/calendar/feed');
      expect(created.statusCode).toBe(201);
      const feed = created.json() as CalendarFeedDto;
      expect(feed.active).toBe(true);
      expect(feed.url).toMatch(new RegExp(`^${PUBLIC_URL}/api/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$`));
      const path = (url: string) => new URL(url).pathname;
      const state = (await call(w, 'invitedAnalyst', 'GET', '/api/calendar/feed')).json();
      expect(state).toEqual({ url: null, createdAt: feed.createdAt, active: true });

      const res = await w.app.inject({ method: 'GET', url: path(feed.url as string) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const cal = parse(res.body);
      const uids = cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
      expect(uids).toContain(`${mine.id}@cumbre`);
      expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Cumbre — Analista Invitada');
      // Only the token's hash is stored.
      const token = (feed.url as string).split('/').pop()?.replace('.ics', '') as string;
      const stored = await w.db.query('SELECT token_hash FROM calendar_feed_token WHERE user_id = $1', [
        w.users.invitedAnalyst.id,
      ]);
      expect(stored[0].token_hash).not.toContain(token);

      const rotated = (await call(w, 'invitedAnalyst', 'POST', '/api/calendar/feed')).json() as CalendarFeedDto;
      expect(rotated.url).not.toBe(feed.url);
      expect((await w.app.inject({ method: 'GET', url: path(feed.url as string) })).statusCode).toBe(404);
      expect((await w.app.inject({ method: 'GET', url: path(rotated.url as string) })).statusCode).toBe(200);

      const revoked = await call(w, 'invitedAnalyst', 'DELETE', '/api/calendar/feed');
      expect(revoked.json()).toEqual({ url: null, createdAt: null, active: false });
      expect((await w.app.inject({ method: 'GET', url: path(rotated.url as string) })).statusCode).toBe(404);
    });

    it('lists only the owner’s meetings, and stops for a disabled owner', async () => {
      const theirs = await schedule(w, await createMeeting(w, { title: 'No es del ajeno' }));
      const feed = (await call(w, 'outsider', 'POST', '/api/calendar/feed')).json() as CalendarFeedDto;
      const url = new URL(feed.url as string).pathname;
      const res = await w.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(theirs.id);
      await w.db.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [w.users.outsider.id]);
      expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    });

    it('answers 404 for unknown or malformed tokens and 401 to manage a feed anonymously', async () => {
      expect((await w.app.inject({ method: 'GET', url: `/api/calendar/feed/${'A'.repeat(43)}.ics` })).statusCode).toBe(
        404,
      );
      expect((await w.app.inject({ method: 'GET', url: '/api/calendar/feed/short.ics' })).statusCode).toBe(404);
      expect((await w.app.inject({ method: 'GET', url: "/api/calendar/feed/'%20OR%201=1.ics" })).statusCode).toBe(404);
      expect((await call(w, 'anonymous', 'POST', '/api/calendar/feed')).statusCode).toBe(401);
      expect((await call(w, 'anonymous', 'GET', '/api/calendar/feed')).statusCode).toBe(401);
      expect((await call(w, 'anonymous', 'DELETE', '/api/calendar/feed')).statusCode).toBe(401);
    });
  });

  describe('GET /api/calendar/public.ics', () => {
    it('lists public meetings without anybody’s e-mail', async () => {
      const pub = await schedule(
        w,
        await createMeeting(w, { visibility: 'public', title: 'Rendición pública de cuentas' }),
      );
      const res = await w.app.inject({ method: 'GET', url: '/api/calendar/public.ics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      const cal = parse(res.body);
      const vevent = cal
        .getAllSubcomponents('vevent')
        .find((v) => v.getFirstPropertyValue('uid') === `${pub.id}@cumbre`);
      expect(vevent?.getFirstPropertyValue('summary')).toBe('Rendición pública de cuentas');
      expect(res.body).not.toMatch(/mailto:/);
    });
  });
});
