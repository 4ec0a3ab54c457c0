import type { MeetingDto, MeetingSummaryDto, Page } from '@cumbre/contracts';
import { call, createMeeting, useMeetingWorld, futureDay, limaTime, type Persona } from '../../test/meeting-world';

describe('meetings: create, read, list, edit, status', () => {
  const w = useMeetingWorld();

  const base = () => {
    const day = futureDay();
    return {
      title: 'Mesa técnica',
      hostAgencyId: w.agencies.host,
      startsAt: limaTime(day, '09:00'),
      endsAt: limaTime(day, '12:00'),
    };
  };

  const moveStatus = (who: Persona, id: string, payload: object) =>
    call(w, who, 'POST', `/api/meetings/${id}/status`, payload);

  describe('POST /api/meetings', () => {
    it('creates a draft whose convener is the caller, in Lima time by default, and audits it', async () => {
      const res = await call(w, 'convener', 'POST', '/api/meetings', {
        ...base(),
        description: 'Orden del día por definir',
      });
      expect(res.statusCode).toBe(201);
      const m = res.json() as MeetingDto;
      expect(m).toMatchObject({
        title: 'Mesa técnica',
        status: 'draft',
        visibility: 'internal',
        timeZone: 'America/Lima',
        sequence: 0,
        version: 1,
        convener: { id: w.users.convener.id, displayName: 'Convocante Prueba' },
        hostAgency: { id: w.agencies.host },
        invitations: [],
        cancellationReason: null,
        can: { edit: true, invite: true, rsvpFor: [], runPoll: true },
      });
      expect(m.startsAt).toMatch(/T14:00:00.000Z$/);
      expect(JSON.stringify(m)).not.toContain('@prueba.example.pe');
      const audit = await w.db.query(
        `SELECT actor_user_id FROM audit_event WHERE action = 'meeting.created' AND object_id = $1`,
        [m.id],
      );
      expect(audit).toEqual([{ actor_user_id: w.users.convener.id }]);
    });

    it('lets the host leader and an admin who belongs nowhere convene', async () => {
      expect((await call(w, 'hostLeader', 'POST', '/api/meetings', base())).statusCode).toBe(201);
      expect((await call(w, 'admin', 'POST', '/api/meetings', base())).statusCode).toBe(201);
    });

    it('refuses members of other agencies, and anonymous callers', async () => {
      const other = await call(w, 'invitedLeader', 'POST', '/api/meetings', base());
      expect(other.statusCode).toBe(403);
      expect(other.json().message).toContain('leader or staff member of the host agency');
      expect((await call(w, 'anonymous', 'POST', '/api/meetings', base())).statusCode).toBe(401);
    });

    it('refuses an analyst of the host agency', async () => {
      const analyst = await createMeetingWorldAnalyst();
      const res = await w.app.inject({ method: 'POST', url: '/api/meetings', headers: analyst, payload: base() });
      expect(res.statusCode).toBe(403);
    });

    it.each([
      [
        'an end before the start',
        { endsAt: limaTime('2031-01-01', '08:00'), startsAt: limaTime('2031-01-01', '09:00') },
        'endsAt',
      ],
      [
        'an end equal to the start',
        { endsAt: limaTime('2031-01-01', '09:00'), startsAt: limaTime('2031-01-01', '09:00') },
        'endsAt',
      ],
      ['an unknown time zone', { timeZone: 'America/Atlantis' }, 'timeZone'],
      ['a UTC offset as time zone', { timeZone: '-05:00' }, 'timeZone'],
      ['a time without offset', { startsAt: '2031-01-01T09:00:00' }, 'startsAt'],
      [
        'a year out of range (this one would be year 10000 in UTC)',
        { startsAt: '9999-12-31T22:00:00-05:00', endsAt: '9999-12-31T23:00:00-05:00' },
        'startsAt',
      ],
      ['a start without an end', { endsAt: undefined }, 'startsAt and endsAt'],
      ['a title too long', { title: 'x'.repeat(201) }, 'title'],
      ['an empty title', { title: '   ' }, 'title'],
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a malformed hostAgencyId', { hostAgencyId: 'piura' }, 'hostAgencyId'],
      ['an unknown hostAgencyId', { hostAgencyId: '00000000-0000-4000-8000-000000000000' }, 'hostAgencyId'],
      ['a bad visibility', { visibility: 'secret' }, 'visibility'],
      ['a non-http online link', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
    ])('answers 400 naming the field for %s', async (_label, patch, field) => {
      const res = await call(w, 'convener', 'POST', '/api/meetings', { ...base(), ...patch });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
    });

    it('stores the canonical spelling of the time zone', async () => {
      const res = await call(w, 'convener', 'POST', '/api/meetings', { ...base(), timeZone: 'europe/madrid' });
      expect(res.statusCode).toBe(201);
      expect(res.json().timeZone).toBe('Europe/Madrid');
    });

    it('accepts a draft without a time yet', async () => {
      const res = await call(w, 'convener', 'POST', '/api/meetings', {
        title: 'Sin fecha',
        hostAgencyId: w.agencies.host,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ startsAt: null, endsAt: null, status: 'draft' });
    });
  });

  async function createMeetingWorldAnalyst() {
    const { createTestUser, signInWithToken, bearer } = await import('../../test/identity-fixtures');
    const u = await createTestUser(w.app, { memberships: [{ agencyId: w.agencies.host, role: 'analyst' }] });
    return bearer((await signInWithToken(w.app, u)).accessToken);
  }

  describe('GET /api/meetings/:id', () => {
    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      const bad = await call(w, 'convener', 'GET', '/api/meetings/not-a-uuid');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('id must be a UUID');
      expect((await call(w, 'convener', 'GET', '/api/meetings/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
        404,
      );
    });
  });

  describe('GET /api/meetings', () => {
    let upcoming: MeetingDto;
    let past: MeetingDto;
    let undated: MeetingDto;

    beforeAll(async () => {
      upcoming = await createMeeting(w, { title: 'Lista próxima' });
      past = await createMeeting(w, { title: 'Lista pasada', day: '2025-03-10' });
      const res = await call(w, 'hostLeader', 'POST', '/api/meetings', {
        title: 'Lista sin fecha',
        hostAgencyId: w.agencies.host,
      });
      undated = res.json();
    });

    const list = async (who: Parameters<typeof call>[1], query = '') => {
      const res = await call(w, who, 'GET', `/api/meetings${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as Page<MeetingSummaryDto>;
    };

    it('lists my meetings: those of my agency as host, for every member', async () => {
      for (const who of ['convener', 'hostStaff', 'hostLeader'] as const) {
        const ids = (await list(who, '?limit=100')).items.map((m) => m.id);
        expect(ids).toEqual(expect.arrayContaining([upcoming.id, past.id, undated.id]));
      }
      expect((await list('outsider', '?limit=100')).items.map((m) => m.id)).not.toContain(upcoming.id);
    });

    it('separates upcoming (soonest first, undated last) from past', async () => {
      const items = (await list('hostStaff', '?when=upcoming&limit=100')).items;
      const up = items.map((m) => m.id);
      expect(up).toContain(upcoming.id);
      expect(up).toContain(undated.id);
      expect(up).not.toContain(past.id);
      const starts = items.map((m) => m.startsAt);
      const firstUndated = starts.indexOf(null);
      expect(starts.slice(firstUndated).every((s) => s === null)).toBe(true);
      const dated = starts.slice(0, firstUndated) as string[];
      expect(dated).toEqual([...dated].sort());
      const down = (await list('hostStaff', '?when=past&limit=100')).items.map((m) => m.id);
      expect(down).toEqual([past.id]);
    });

    it('filters by status, agency and time window, and pages', async () => {
      const drafts = await list('hostStaff', `?status=draft&agencyId=${w.agencies.host}&limit=100`);
      expect(drafts.items.every((m) => m.status === 'draft' && m.hostAgency.id === w.agencies.host)).toBe(true);
      const window = await list('hostStaff', `?from=2025-03-01T00:00:00Z&to=2025-03-31T00:00:00Z`);
      expect(window.items.map((m) => m.id)).toEqual([past.id]);
      const page = await list('hostStaff', '?limit=1&offset=1');
      expect(page.items).toHaveLength(1);
      expect(page.limit).toBe(1);
      expect(page.offset).toBe(1);
      expect(page.total).toBeGreaterThanOrEqual(3);
      expect((await list('hostStaff', `?agencyId=${w.agencies.uninvited}`)).total).toBe(0);
    });

    it.each([
      ['?limit=0'],
      ['?limit=101'],
      ['?status=paused'],
      ['?when=soon'],
      ['?from=yesterday'],
      ['?agencyId=x'],
      ['?foo=1'],
    ])('answers 400 for %s', async (q) => {
      expect((await call(w, 'hostStaff', 'GET', `/api/meetings${q}`)).statusCode).toBe(400);
    });

    it('lets an admin list everything with scope=all, and nobody list anonymously', async () => {
      const all = await list('admin', `?scope=all&agencyId=${w.agencies.host}&limit=100`);
      expect(all.items.map((m) => m.id)).toEqual(expect.arrayContaining([upcoming.id, past.id]));
      // Without scope=all, an admin's list is only what they convened themselves.
      const mine = (await list('admin', `?agencyId=${w.agencies.host}&limit=100`)).items.map((m) => m.id);
      expect(mine).not.toContain(upcoming.id);
      expect(mine).not.toContain(past.id);
      expect((await call(w, 'anonymous', 'GET', '/api/meetings')).statusCode).toBe(401);
    });
  });

  describe('PATCH /api/meetings/:id', () => {
    it('changes details with the version; SEQUENCE moves only with time or place', async () => {
      const m = await createMeeting(w);
      const r1 = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        title: 'Nuevo título',
        version: m.version,
      });
      expect(r1.statusCode).toBe(200);
      expect(r1.json()).toMatchObject({ title: 'Nuevo título', version: 2, sequence: 0 });
      const day = futureDay();
      const r2 = await call(w, 'hostLeader', 'PATCH', `/api/meetings/${m.id}`, {
        startsAt: limaTime(day, '15:00'),
        endsAt: limaTime(day, '16:00'),
        version: 2,
      });
      expect(r2.statusCode).toBe(200);
      expect(r2.json()).toMatchObject({ version: 3, sequence: 1, startsAt: `${day}T20:00:00.000Z` });
      const r3 = await call(w, 'admin', 'PATCH', `/api/meetings/${m.id}`, { venue: { city: 'Tumbes' }, version: 3 });
      expect(r3.json()).toMatchObject({ version: 4, sequence: 2, venue: { name: 'Sala de prueba', city: 'Tumbes' } });
    });

    it('answers 409 for a stale version, and exactly one of two racing edits wins', async () => {
      const m = await createMeeting(w);
      const [a, b] = await Promise.all([
        call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { title: 'A', version: 1 }),
        call(w, 'hostLeader', 'PATCH', `/api/meetings/${m.id}`, { title: 'B', version: 1 }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json().message).toContain('changed by someone else');
      const now = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json();
      expect(now.version).toBe(2);
    });

    it('refuses host staff who did not convene it (403) and hides it from outsiders (404)', async () => {
      const m = await createMeeting(w);
      const staff = await call(w, 'hostStaff', 'PATCH', `/api/meetings/${m.id}`, { title: 'x', version: 1 });
      expect(staff.statusCode).toBe(403);
      expect(staff.json().message).toContain('convener, a leader of the host agency or an admin');
      expect((await call(w, 'outsider', 'PATCH', `/api/meetings/${m.id}`, { title: 'x', version: 1 })).statusCode).toBe(
        404,
      );
    });

    it('validates the resulting times and the version field', async () => {
      const m = await createMeeting(w, { day: '2031-05-05' });
      const bad = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        endsAt: limaTime('2031-05-05', '08:00'),
        version: 1,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('endsAt');
      expect((await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { title: 'x' })).statusCode).toBe(400);
      expect(
        (await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { hostAgencyId: w.agencies.other, version: 1 }))
          .statusCode,
      ).toBe(400);
      for (const field of ['title', 'description', 'visibility', 'timeZone', 'venue']) {
        const res = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { [field]: null, version: 1 });
        expect({ field, status: res.statusCode }).toEqual({ field, status: 400 });
        expect(JSON.stringify(res.json().message)).toContain(field);
      }
      const zone = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { timeZone: 'Lima', version: 1 });
      expect(zone.statusCode).toBe(400);
      expect(zone.json()).toMatchObject({ code: 'validation.failed', field: 'timeZone' });
    });

    it('refuses to clear the time of a scheduled meeting', async () => {
      let m = await createMeeting(w);
      m = (await moveStatus('convener', m.id, { status: 'scheduled', version: 1 })).json();
      const res = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        startsAt: null,
        endsAt: null,
        version: m.version,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('cannot be cleared');
    });

    it('refuses to edit a cancelled meeting with a clear 409', async () => {
      const m = await createMeeting(w);
      const cancelled = await moveStatus('convener', m.id, { status: 'cancelled', reason: 'Se pospone', version: 1 });
      expect(cancelled.statusCode).toBe(200);
      const res = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, { title: 'Otra', version: 2 });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toBe('the meeting is cancelled; it can no longer be changed');
    });
  });

  describe('POST /api/meetings/:id/status', () => {
    it('walks draft → scheduled → in_progress → concluded, raising SEQUENCE each time', async () => {
      let m = await createMeeting(w);
      for (const status of ['scheduled', 'in_progress', 'concluded'] as const) {
        const res = await moveStatus('convener', m.id, { status, version: m.version });
        expect(res.statusCode).toBe(200);
        const next = res.json() as MeetingDto;
        expect(next.status).toBe(status);
        expect(next.sequence).toBe(m.sequence + 1);
        m = next;
      }
      expect(m.can).toEqual({ edit: false, invite: false, rsvpFor: [], runPoll: false });
      const audit = await w.db.query(
        `SELECT details->>'to' AS "to" FROM audit_event WHERE action = 'meeting.status_changed' AND object_id = $1 ORDER BY occurred_at`,
        [m.id],
      );
      expect(audit.map((a: { to: string }) => a.to)).toEqual(['scheduled', 'in_progress', 'concluded']);
    });

    it('answers 409 naming the allowed moves for an illegal one', async () => {
      const m = await createMeeting(w);
      const res = await moveStatus('convener', m.id, { status: 'concluded', version: 1 });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toBe('a draft meeting cannot move to concluded; allowed moves: scheduled, cancelled');
      expect(res.json().allowedMoves).toEqual(['scheduled', 'cancelled']);
    });

    it('needs a reason to cancel, keeps it, and allows nothing after', async () => {
      const m = await createMeeting(w);
      const noReason = await moveStatus('convener', m.id, { status: 'cancelled', version: 1 });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().message).toContain('reason');
      const ok = await moveStatus('hostLeader', m.id, {
        status: 'cancelled',
        reason: 'Emergencia regional',
        version: 1,
      });
      expect(ok.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'Emergencia regional', sequence: 1 });
      const again = await moveStatus('convener', m.id, { status: 'scheduled', version: 2 });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain('allowed moves: none');
    });

    it('cannot schedule a meeting without a date', async () => {
      const draft = (
        await call(w, 'convener', 'POST', '/api/meetings', { title: 'Sin fecha', hostAgencyId: w.agencies.host })
      ).json();
      const res = await moveStatus('convener', draft.id, { status: 'scheduled', version: 1 });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('no date yet');
    });

    it('checks the version and the caller', async () => {
      const m = await createMeeting(w);
      expect((await moveStatus('convener', m.id, { status: 'scheduled', version: 7 })).statusCode).toBe(409);
      expect((await moveStatus('hostStaff', m.id, { status: 'scheduled', version: 1 })).statusCode).toBe(403);
      expect((await moveStatus('outsider', m.id, { status: 'scheduled', version: 1 })).statusCode).toBe(404);
      expect((await moveStatus('convener', m.id, { status: 'paused', version: 1 })).statusCode).toBe(400);
    });
  });
});
