import type { MeetingDto } from '@cumbre/contracts';
import {
  call,
  createMeeting,
  useMeetingWorld,
  futureDay,
  invite,
  limaTime,
  Persona,
  PERSONAS,
  schedule,
} from '../../test/meeting-world';

// The visibility policy (meeting-access.policy.ts) tried with every role against every kind of
// read: admin, convener, host leader and staff, invited leader/staff/analyst, a member of an
// agency that is not invited, a member of an unrelated agency, and the anonymous public.

type Who = Persona | 'anonymous';
const ALL: Who[] = [...PERSONAS, 'anonymous'];

describe('meeting visibility and change rights, per role', () => {
  const w = useMeetingWorld();
  let internal: MeetingDto;
  let publicScheduled: MeetingDto;
  let publicDraft: MeetingDto;

  beforeAll(async () => {
    internal = await createMeeting(w, { title: 'Reunión interna' });
    await invite(w, internal.id, [w.agencies.invited]);
    const day = futureDay();
    const poll = await call(w, 'convener', 'POST', `/api/meetings/${internal.id}/poll`, {
      deadline: limaTime(day, '00:00'),
      slots: [{ startsAt: limaTime(day, '10:00'), endsAt: limaTime(day, '11:00') }],
    });
    expect(poll.statusCode).toBe(201);
    publicScheduled = await schedule(w, await createMeeting(w, { title: 'Reunión pública', visibility: 'public' }));
    publicDraft = await createMeeting(w, { title: 'Borrador público', visibility: 'public' });
  });

  // Who reads an internal meeting: its people and admins; everyone else gets 404 (never 403).
  const internalRead: Record<Who, number> = {
    admin: 200,
    convener: 200,
    hostLeader: 200,
    hostStaff: 200,
    invitedLeader: 200,
    invitedStaff: 200,
    invitedAnalyst: 200,
    otherLeader: 404,
    otherStaff: 404,
    outsider: 404,
    anonymous: 401,
  };

  describe.each(ALL)('%s', (who) => {
    const expected = internalRead[who];

    it(`reads the internal meeting, its .ics, conflicts and poll with ${expected}`, async () => {
      for (const url of [
        `/api/meetings/${internal.id}`,
        `/api/meetings/${internal.id}.ics`,
        `/api/meetings/${internal.id}/conflicts`,
        `/api/meetings/${internal.id}/poll`,
      ]) {
        const res = await call(w, who, 'GET', url);
        expect({ url, status: res.statusCode }).toEqual({ url, status: expected });
        if (expected === 404) expect(res.body).not.toContain('Reunión interna');
      }
    });

    it('finds the internal meeting in its list exactly when it may read it', async () => {
      // Narrowed to the host agency: other specs fill the shared database with meetings of their own.
      const res = await call(w, who, 'GET', `/api/meetings?scope=all&limit=100&agencyId=${w.agencies.host}`);
      if (who === 'anonymous') return expect(res.statusCode).toBe(401);
      const ids = (res.json().items as { id: string }[]).map((m) => m.id);
      expect(ids.includes(internal.id)).toBe(expected === 200);
      const mine = (await call(w, who, 'GET', '/api/meetings?limit=100')).json().items.map((m: { id: string }) => m.id);
      expect(mine.includes(internal.id)).toBe(expected === 200 && who !== 'admin');
    });

    it('reads a public scheduled meeting when signed in, never a public draft unless involved', async () => {
      const pub = await call(w, who, 'GET', `/api/meetings/${publicScheduled.id}`);
      expect(pub.statusCode).toBe(who === 'anonymous' ? 401 : 200);
      const draft = await call(w, who, 'GET', `/api/meetings/${publicDraft.id}`);
      const involvedInDraft = ['admin', 'convener', 'hostLeader', 'hostStaff'].includes(who);
      expect(draft.statusCode).toBe(who === 'anonymous' ? 401 : involvedInDraft ? 200 : 404);
    });

    it('may change the internal meeting only as convener, host leader or admin', async () => {
      const current = (await call(w, 'admin', 'GET', `/api/meetings/${internal.id}`)).json() as MeetingDto;
      const res = await call(w, who, 'PATCH', `/api/meetings/${internal.id}`, {
        description: `por ${who}`,
        version: current.version,
      });
      const canEdit = ['admin', 'convener', 'hostLeader'].includes(who);
      expect(res.statusCode).toBe(canEdit ? 200 : expected === 200 ? 403 : expected);
      const inv = await call(w, who, 'POST', `/api/meetings/${internal.id}/invitations`, {
        agencyIds: [w.agencies.invited],
      });
      expect(inv.statusCode).toBe(canEdit ? 200 : expected === 200 ? 403 : expected);
      const status = await call(w, who, 'POST', `/api/meetings/${internal.id}/status`, {
        status: 'concluded',
        version: current.version,
      });
      // The move itself is illegal (draft → concluded): only those allowed to try get the 409.
      expect(status.statusCode).toBe(canEdit ? 409 : expected === 200 ? 403 : expected);
    });

    it('answers for the invited agency only as its leader or staff', async () => {
      const rsvp = await call(w, who, 'POST', `/api/meetings/${internal.id}/rsvp`, {
        agencyId: w.agencies.invited,
        rsvp: 'tentative',
      });
      const canAnswer = who === 'invitedLeader' || who === 'invitedStaff';
      expect(rsvp.statusCode).toBe(canAnswer ? 200 : expected === 200 ? 403 : expected);
      const poll = (await call(w, 'admin', 'GET', `/api/meetings/${internal.id}/poll`)).json();
      const answer = await call(w, who, 'PUT', `/api/meetings/${internal.id}/poll/answers`, {
        agencyId: w.agencies.invited,
        answers: [{ slotId: poll.slots[0].id, answer: 'yes' }],
      });
      expect(answer.statusCode).toBe(canAnswer ? 200 : expected === 200 ? 403 : expected);
    });
  });

  it('tells each caller what they may do', async () => {
    const can = async (who: Persona) =>
      ((await call(w, who, 'GET', `/api/meetings/${internal.id}`)).json() as MeetingDto).can;
    expect(await can('convener')).toEqual({ edit: true, invite: true, rsvpFor: [], runPoll: true });
    expect(await can('hostStaff')).toEqual({ edit: false, invite: false, rsvpFor: [], runPoll: false });
    expect(await can('invitedStaff')).toEqual({
      edit: false,
      invite: false,
      rsvpFor: [w.agencies.invited],
      runPoll: false,
    });
    expect(await can('invitedAnalyst')).toEqual({ edit: false, invite: false, rsvpFor: [], runPoll: false });
    expect(await can('admin')).toEqual({ edit: true, invite: true, rsvpFor: [], runPoll: true });
  });

  it('shows the public scheduled meeting, and neither the draft nor the internal one, in the public feed', async () => {
    const res = await call(w, 'anonymous', 'GET', '/api/calendar/public.ics');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`UID:${publicScheduled.id}@cumbre`);
    expect(res.body).not.toContain(publicDraft.id);
    expect(res.body).not.toContain(internal.id);
  });
});
