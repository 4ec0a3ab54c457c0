import type { HomeDto, MeetingDto, PollDto } from '@cumbre/contracts';
import { Clock, SystemClock } from '../common/clock';
import { addActionItem, addItem, moveActionItem } from '../../test/agenda-world';
import { testNow } from '../../test/test-clock';
import { bearer, createTestAgency, createTestUser, signInWithToken } from '../../test/identity-fixtures';
import { fewestStatementsOf } from '../../test/statement-count';
import {
  accept,
  call,
  useMeetingWorld,
  createMeeting,
  dayAfter,
  futureDay,
  invite,
  limaNoon,
  limaTime,
  Persona,
  schedule,
} from '../../test/meeting-world';

describe('GET /api/home', () => {
  const w = useMeetingWorld();

  const home = async (who: Persona) => {
    const res = await call(w, who, 'GET', '/api/home');
    expect(res.statusCode).toBe(200);
    return res.json() as HomeDto;
  };

  describe('content by role', () => {
    let scheduled: { id: string; title: string };
    let polled: { id: string; title: string };
    let pollDeadline: string;

    beforeAll(async () => {
      // A scheduled meeting: the invited agency has not answered; the other one accepted.
      const a = await createMeeting(w, { title: 'Cumbre programada' });
      await invite(w, a.id);
      await call(w, 'otherLeader', 'POST', `/api/meetings/${a.id}/rsvp`, {
        agencyId: w.agencies.other,
        rsvp: 'accepted',
      });
      scheduled = await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${a.id}`)).json());
      // A draft with a date poll nobody answered; the invited agency accepted the invitation.
      const day = futureDay();
      const b = await createMeeting(w, { title: 'Encuesta abierta', day });
      await invite(w, b.id, [w.agencies.invited]);
      await accept(w, b.id, 'invitedLeader');
      pollDeadline = new Date(limaTime(day, '00:00')).toISOString();
      const poll = await call(w, 'convener', 'POST', `/api/meetings/${b.id}/poll`, {
        deadline: pollDeadline,
        slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }],
      });
      expect((poll.json() as PollDto).slots).toHaveLength(1);
      polled = b;
    });

    it('a convener sees the meetings they convene with who has not answered', async () => {
      const h = await home('convener');
      expect(h.nextMeetings.map((m) => m.id)).toContain(scheduled.id);
      expect(h.awaitingAnswer).toEqual([]);
      const a = h.convening.find((c) => c.meeting.id === scheduled.id);
      expect(a).toMatchObject({ invitedCount: 2, pendingPoll: [], pollDeadline: null });
      expect(a?.pendingInvitation.map((g) => g.id)).toEqual([w.agencies.invited]);
      const b = h.convening.find((c) => c.meeting.id === polled.id);
      expect(b).toMatchObject({ invitedCount: 1, pendingInvitation: [], pollDeadline });
      expect(b?.pendingPoll.map((g) => g.id)).toEqual([w.agencies.invited]);
      // The host's staff see the same meetings they may act on.
      expect((await home('hostStaff')).convening.map((c) => c.meeting.id)).toEqual(
        h.convening.map((c) => c.meeting.id),
      );
    });

    it('an invited agency’s staff member sees what their agency owes, and the invitation in the latest notifications', async () => {
      const h = await home('invitedStaff');
      expect(h.awaitingAnswer.map((x) => [x.kind, x.meeting.id, x.agency.id])).toEqual(
        expect.arrayContaining([
          ['invitation', scheduled.id, w.agencies.invited],
          ['poll', polled.id, w.agencies.invited],
        ]),
      );
      expect(h.awaitingAnswer).toHaveLength(2);
      expect(h.awaitingAnswer.find((x) => x.kind === 'poll')?.deadline).toBe(pollDeadline);
      const next = h.nextMeetings.find((m) => m.id === scheduled.id);
      expect(next).toMatchObject({
        title: 'Cumbre programada',
        status: 'scheduled',
        myRsvp: 'pending',
        timeZone: 'America/Lima',
      });
      expect(next?.hostAgency.id).toBe(w.agencies.host);
      expect(h.convening).toEqual([]);
      expect(h.notifications.items.length).toBeGreaterThan(0);
      expect(h.notifications.items.length).toBeLessThanOrEqual(5);
      expect(h.notifications.items.map((n) => n.kind)).toContain('meeting.invited');
      expect(h.notifications.unread).toBeGreaterThanOrEqual(h.notifications.items.length);
    });

    it('an analyst sees the meetings but has nothing to answer', async () => {
      const h = await home('invitedAnalyst');
      expect(h.nextMeetings.map((m) => m.id)).toContain(scheduled.id);
      expect(h.awaitingAnswer).toEqual([]);
      expect(h.convening).toEqual([]);
    });
  });

  it('a user with nothing gets empty lists', async () => {
    const agencyId = await createTestAgency(w.app);
    const user = await createTestUser(w.app, { memberships: [{ agencyId, role: 'staff' }] });
    const res = await w.app.inject({
      method: 'GET',
      url: '/api/home',
      headers: bearer((await signInWithToken(w.app, user)).accessToken),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      nextMeetings: [],
      recentMeetings: [],
      actionPlan: [],
      awaitingAnswer: [],
      convening: [],
      notifications: { items: [], unread: 0 },
    });
    expect((await call(w, 'anonymous', 'GET', '/api/home')).statusCode).toBe(401);
  });

  it('after a meeting: it is among the recent ones for 30 days, and what each agency owes shows', async () => {
    const day = futureDay();
    const m = await createMeeting(w, { title: 'Cumbre ya realizada', day, from: '09:00', to: '13:00' });
    await invite(w, m.id, [w.agencies.invited, w.agencies.other]);
    await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json());
    const item = await addItem(w, m.id, { title: 'Plan de acción', kind: 'decision' });
    const add = (what: string, ownerAgencyId: string, dueDate: string) =>
      addActionItem(w, m.id, item.id, { what, ownerAgencyId, dueDate });
    await add('Mapa del delito', w.agencies.invited, dayAfter(day, 2));
    await add('Informe trimestral', w.agencies.invited, dayAfter(day, 10));
    const done = await add('Designar enlace', w.agencies.invited, dayAfter(day, 1));
    await moveActionItem(w, done, 'done');
    await add('Compartir estadísticas', w.agencies.other, dayAfter(day, 20));
    // The same afternoon, a meeting its convener never concludes.
    const forgotten = await schedule(
      w,
      await createMeeting(w, { title: 'Nunca concluida', day, from: '15:00', to: '16:00' }),
    );

    const clock = w.app.get(Clock) as SystemClock;
    try {
      // Five days later: held (the latest first), no longer ahead; one of the invited agency's
      // two open items is past due, the done one is not counted.
      clock.startingAt(limaNoon(dayAfter(day, 5)));
      const invited = await home('invitedStaff');
      expect(invited.recentMeetings[0]).toMatchObject({ id: m.id, title: 'Cumbre ya realizada', myRsvp: 'pending' });
      expect(invited.nextMeetings.map((x) => x.id)).not.toContain(m.id);
      const owed = invited.actionPlan.find((p) => p.agency.id === w.agencies.invited);
      expect(owed).toEqual({ agency: expect.objectContaining({ id: w.agencies.invited }), pending: 2, overdue: 1 });
      // Only the user's own agencies: the other agency's item is not the invited staff's to see here.
      expect(invited.actionPlan.map((p) => p.agency.id)).not.toContain(w.agencies.other);
      const other = await home('otherLeader');
      expect(other.actionPlan.find((p) => p.agency.id === w.agencies.other)).toMatchObject({ pending: 1, overdue: 0 });
      expect(other.recentMeetings.map((x) => x.id)).toContain(m.id);
      // An agency that was not there has neither.
      const stranger = await home('outsider');
      expect(stranger.recentMeetings.map((x) => x.id)).not.toContain(m.id);
      // Ended but never concluded, it stays among the convener's meetings (the page asks to
      // conclude it); concluded, it leaves them.
      expect((await home('convener')).convening.map((c) => c.meeting.id)).toEqual(
        expect.arrayContaining([m.id, forgotten.id]),
      );
      const held = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json() as MeetingDto;
      const started = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'in_progress',
        version: held.version,
      });
      expect((await home('convener')).convening.map((c) => c.meeting.id)).toContain(m.id);
      const concluded = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'concluded',
        version: (started.json() as MeetingDto).version,
      });
      expect(concluded.statusCode).toBe(200);
      const after = await home('convener');
      expect(after.convening.map((c) => c.meeting.id)).not.toContain(m.id);
      expect(after.recentMeetings.find((x) => x.id === m.id)?.status).toBe('concluded');

      // Forty days on: no longer recent; what is owed still shows, both items now past due.
      clock.startingAt(limaNoon(dayAfter(day, 40)));
      const later = await home('invitedStaff');
      expect(later.recentMeetings.map((x) => x.id)).not.toContain(m.id);
      // Nor does a meeting never concluded wait on its convener for ever: 30 days, as the recent ones.
      expect((await home('convener')).convening.map((c) => c.meeting.id)).not.toContain(forgotten.id);
      expect(later.actionPlan.find((p) => p.agency.id === w.agencies.invited)).toMatchObject({
        pending: 2,
        overdue: 2,
      });
    } finally {
      clock.startingAt(testNow());
    }
  });

  it('runs a fixed number of SQL statements whatever the number of meetings and agencies', async () => {
    const statements = async (who: Persona) => (await fewestStatementsOf(() => home(who))).statements.length;
    const seed = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const m = await createMeeting(w);
        await invite(w, m.id, [w.agencies.invited, w.agencies.other, await createTestAgency(w.app)]);
        await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json());
      }
    };
    // With at least one row in every list (an empty list skips its follow-up read)...
    await seed(1);
    const before = { convener: await statements('convener'), staff: await statements('invitedStaff') };
    // ...and with several more meetings, invitations and agencies: the same statements.
    await seed(4);
    const after = { convener: await statements('convener'), staff: await statements('invitedStaff') };
    expect((await home('convener')).convening.length).toBeGreaterThanOrEqual(5);
    expect((await home('invitedStaff')).awaitingAnswer.length).toBeGreaterThanOrEqual(5);
    expect(after).toEqual(before);
    expect(before.convener).toBeGreaterThan(0);
    expect(before.convener).toBeLessThanOrEqual(12);
  });
});
