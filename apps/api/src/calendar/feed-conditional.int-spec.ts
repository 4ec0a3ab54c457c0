import type { AgendaDto, CalendarFeedDto, MeetingDto } from '@cumbre/contracts';
import { addItem, agendaUrl } from '../../test/agenda-world';
import { call, useMeetingWorld, createMeeting, schedule } from '../../test/meeting-world';
import { testNow } from '../../test/test-clock';
import { Clock, SystemClock } from '../common/clock';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';

describe('calendar feeds are cheap to poll: ETag, Last-Modified, 304 and a cached body', () => {
  const w = useMeetingWorld();

  const get = (url: string, headers: Record<string, string> = {}) => w.app.inject({ method: 'GET', url, headers });

  describe('public feed', () => {
    // Other specs share the database and may publish meetings meanwhile: a step that needs an
    // unchanged feed is retried until two requests see the same version.
    async function steady<T>(step: () => Promise<T | undefined>): Promise<T> {
      for (let i = 0; i < 10; i++) {
        const done = await step();
        if (done !== undefined) return done;
      }
      throw new Error('the public feed never held still');
    }

    it('answers 304 to a matching If-None-Match without building the calendar, and the cached body to a date', async () => {
      await schedule(w, await createMeeting(w, { visibility: 'public' }));
      const build = jest.spyOn(MeetingCalendarService.prototype, 'publicFeed');
      try {
        await steady(async () => {
          const first = await get('/api/calendar/public.ics');
          expect(first.statusCode).toBe(200);
          const etag = first.headers['etag'] as string;
          const lastModified = first.headers['last-modified'] as string;
          expect(etag).toMatch(/^"[\w-]+"$/);
          expect(new Date(lastModified).toUTCString()).toBe(lastModified);
          build.mockClear();
          const again = await get('/api/calendar/public.ics', { 'if-none-match': etag });
          if (again.statusCode !== 304) return undefined;
          expect(again.body).toBe('');
          expect(again.headers['etag']).toBe(etag);
          // A date alone proves nothing (below): the body, from the cache.
          const since = await get('/api/calendar/public.ics', { 'if-modified-since': lastModified });
          if (since.headers['etag'] !== etag) return undefined;
          expect(since.statusCode).toBe(200);
          expect(since.body).toBe(first.body);
          expect(build).not.toHaveBeenCalled();
          // Unchanged and asked without validators: the cached body, still not rebuilt.
          const plain = await get('/api/calendar/public.ics');
          if (plain.headers['etag'] !== etag) return undefined;
          expect(plain.statusCode).toBe(200);
          expect(plain.body).toBe(first.body);
          expect(build).not.toHaveBeenCalled();
          return true;
        });
      } finally {
        build.mockRestore();
      }
    });

    it('changes the ETag when a public meeting changes, and serves the new content', async () => {
      const m = await schedule(w, await createMeeting(w, { visibility: 'public', title: 'Antes del cambio' }));
      const before = await get('/api/calendar/public.ics');
      expect(before.body).toContain('Antes del cambio');
      const etag = before.headers['etag'] as string;
      const renamed = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        title: 'Después del cambio',
        version: m.version,
      });
      expect(renamed.statusCode).toBe(200);
      const after = await get('/api/calendar/public.ics', { 'if-none-match': etag });
      expect(after.statusCode).toBe(200);
      expect(after.headers['etag']).not.toBe(etag);
      expect(after.body).toContain('Después del cambio');
      expect(after.body).not.toContain('Antes del cambio');
    });

    it('changes the ETag when a meeting changes behind a later stamp (an agenda published on a clock set ahead)', async () => {
      // Agenda versions are stamped by the domain clock, meetings' updated_at by the database's:
      // with the domain clock ahead (CLOCK_START), the agenda's stamp stays the latest in the
      // feed, and a rename after it must still change the version.
      const withAgenda = await schedule(w, await createMeeting(w, { visibility: 'public' }));
      const clock = w.app.get(Clock) as SystemClock;
      clock.startingAt(new Date(testNow().getTime() + 30 * 86_400_000));
      try {
        await addItem(w, withAgenda.id, { title: 'Apertura' });
        const agenda = (await call(w, 'convener', 'GET', agendaUrl(withAgenda.id))).json() as AgendaDto;
        const published = await call(w, 'convener', 'POST', `${agendaUrl(withAgenda.id)}/publish`, {
          version: agenda.version,
        });
        expect(published.statusCode).toBe(200);
      } finally {
        clock.startingAt(testNow());
      }
      const m = await schedule(w, await createMeeting(w, { visibility: 'public', title: 'Antes del arreglo' }));
      const before = await get('/api/calendar/public.ics');
      expect(before.body).toContain('Antes del arreglo');
      const renamed = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        title: 'Después del arreglo',
        version: m.version,
      });
      expect(renamed.statusCode).toBe(200);
      const after = await get('/api/calendar/public.ics', { 'if-none-match': before.headers['etag'] as string });
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('Después del arreglo');
      // Last-Modified did not move (the agenda's later stamp is still the latest): a client that
      // asks by date alone must get the new calendar too, not a 304.
      const byDate = await get('/api/calendar/public.ics', {
        'if-modified-since': before.headers['last-modified'] as string,
      });
      expect(byDate.statusCode).toBe(200);
      expect(byDate.body).toContain('Después del arreglo');
    });
  });

  describe('personal feed', () => {
    it('answers 304 while nothing changed, and a new ETag after an answer to an invitation', async () => {
      const m = await schedule(w, await createMeeting(w, { title: 'En mi feed' }));
      const feed = (await call(w, 'hostStaff', 'POST', '/api/calendar/feed')).json() as CalendarFeedDto;
      const url = new URL(feed.url as string).pathname;
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.body).toContain(`${m.id}@cumbre`);
      const etag = first.headers['etag'] as string;
      expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304);
      expect((await get(url, { 'if-none-match': `W/${etag}` })).statusCode).toBe(304);

      const invited = (
        await call(w, 'convener', 'POST', `/api/meetings/${m.id}/invitations`, { agencyIds: [w.agencies.other] })
      ).json() as MeetingDto;
      expect(invited.invitations).toHaveLength(1);
      const afterInvite = await get(url, { 'if-none-match': etag });
      expect(afterInvite.statusCode).toBe(200);
      const etag2 = afterInvite.headers['etag'] as string;
      expect(etag2).not.toBe(etag);
      await call(w, 'otherLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.other,
        rsvp: 'declined',
      });
      const afterAnswer = await get(url, { 'if-none-match': etag2 });
      expect(afterAnswer.statusCode).toBe(200);
      expect(afterAnswer.body).toContain('PARTSTAT=DECLINED');
      // A revoked token is 404 whatever the client sends.
      await call(w, 'hostStaff', 'DELETE', '/api/calendar/feed');
      expect((await get(url, { 'if-none-match': afterAnswer.headers['etag'] as string })).statusCode).toBe(404);
    });
  });
});
