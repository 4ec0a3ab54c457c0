import type { MeetingDto, PollDto, PollPickErrorBody } from '@cumbre/contracts';
import { testNow } from '../../test/test-clock';
import { call, createMeeting, useMeetingWorld, futureDay, invite, limaTime, schedule } from '../../test/meeting-world';

describe('date polls', () => {
  const w = useMeetingWorld();

  /** A draft meeting (inviting `invited` and `other`) with a three-slot poll on three days. */
  async function meetingWithPoll(): Promise<{ m: MeetingDto; poll: PollDto; days: string[] }> {
    const m = (
      await call(w, 'convener', 'POST', '/api/meetings', { title: 'Cumbre por fijar', hostAgencyId: w.agencies.host })
    ).json() as MeetingDto;
    await invite(w, m.id);
    const days = [futureDay(), futureDay(), futureDay()];
    const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, {
      deadline: new Date(testNow().getTime() + 7 * 86400_000).toISOString(),
      slots: days.map((d) => ({ startsAt: limaTime(d, '09:00'), endsAt: limaTime(d, '17:00') })),
    });
    expect(res.statusCode).toBe(201);
    return { m, poll: res.json() as PollDto, days };
  }

  it('the meeting says whether it has a poll, so the page need not ask for a missing one', async () => {
    const { m } = await meetingWithPoll();
    expect(m.hasPoll).toBe(false);
    expect(((await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json() as MeetingDto).hasPoll).toBe(true);
  });

  it('the database itself refuses a chosen slot that does not exist', async () => {
    const { poll } = await meetingWithPoll();
    await expect(
      w.db.query('UPDATE meeting_poll SET chosen_slot_id = gen_random_uuid() WHERE id = $1', [poll.id]),
    ).rejects.toThrow(/FK_meeting_poll_chosen_slot/);
  });

  const answer = (
    who: Parameters<typeof call>[1],
    meetingId: string,
    agencyId: string,
    answers: { slotId: string; answer: string }[],
  ) => call(w, who, 'PUT', `/api/meetings/${meetingId}/poll/answers`, { agencyId, answers });

  describe('POST /api/meetings/:id/poll', () => {
    it('proposes slots in order with empty tallies, every invited agency pending', async () => {
      const { m, poll, days } = await meetingWithPoll();
      expect(poll).toMatchObject({ meetingId: m.id, closed: false, chosenSlotId: null, responses: [] });
      expect(poll.slots.map((s) => s.startsAt)).toEqual(days.map((d) => `${d}T14:00:00.000Z`));
      expect(poll.slots[0]).toMatchObject({ tally: { yes: 0, if_need_be: 0, no: 0 }, refusedBy: [] });
      expect(poll.pending.map((a) => a.id).sort()).toEqual([w.agencies.invited, w.agencies.other].sort());
      const again = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, {
        deadline: new Date(testNow().getTime() + 86400_000).toISOString(),
        slots: [{ startsAt: limaTime(days[0], '09:00'), endsAt: limaTime(days[0], '10:00') }],
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toBe('this meeting already has a date poll');
    });

    const day = futureDay();
    const soon = () => new Date(testNow().getTime() + 86400_000).toISOString();
    it.each([
      [
        'a slot in the past',
        { slots: [{ startsAt: '2020-01-01T09:00:00-05:00', endsAt: '2020-01-01T10:00:00-05:00' }] },
        'slots[0].startsAt is in the past',
      ],
      [
        'a slot ending before it starts',
        { slots: [{ startsAt: limaTime(day, '10:00'), endsAt: limaTime(day, '09:00') }] },
        'slots[0].endsAt must be after slots[0].startsAt',
      ],
      ['a deadline in the past', { deadline: '2020-01-01T00:00:00Z' }, 'deadline must be in the future'],
      [
        'a deadline after the first slot',
        { deadline: limaTime(day, '12:00') },
        'deadline must not be after the earliest slot starts',
      ],
      ['no slots', { slots: [] }, 'slots'],
      [
        'too many slots',
        {
          slots: Array.from({ length: 21 }, () => ({
            startsAt: limaTime(day, '09:00'),
            endsAt: limaTime(day, '10:00'),
          })),
        },
        'slots',
      ],
      ['a malformed slot', { slots: [{ startsAt: 'mañana', endsAt: limaTime(day, '10:00') }] }, 'startsAt'],
      ['a missing deadline', { deadline: undefined }, 'deadline'],
    ])('answers 400 naming the problem for %s', async (_label, patch, text) => {
      const m = await createMeeting(w);
      const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, {
        deadline: soon(),
        slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }],
        ...patch,
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(text);
    });

    it('is for the convener, a host leader or an admin, on a live meeting', async () => {
      const m = await createMeeting(w);
      const body = { deadline: soon(), slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }] };
      expect((await call(w, 'hostStaff', 'POST', `/api/meetings/${m.id}/poll`, body)).statusCode).toBe(403);
      expect((await call(w, 'outsider', 'POST', `/api/meetings/${m.id}/poll`, body)).statusCode).toBe(404);
      await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'cancelled',
        reason: 'x',
        version: m.version,
      });
      expect((await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, body)).statusCode).toBe(409);
      expect(
        (await call(w, 'hostLeader', 'POST', `/api/meetings/${(await createMeeting(w)).id}/poll`, body)).statusCode,
      ).toBe(201);
    });

    it('answers 404 when a meeting has no poll', async () => {
      const m = await createMeeting(w);
      const res = await call(w, 'convener', 'GET', `/api/meetings/${m.id}/poll`);
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toBe('this meeting has no date poll');
    });
  });

  describe('PUT /api/meetings/:id/poll/answers', () => {
    it('records answers per agency (staff on behalf of the leader), replacing earlier ones, and tallies them', async () => {
      const { m, poll } = await meetingWithPoll();
      const [s1, s2, s3] = poll.slots.map((s) => s.id);
      expect((await answer('invitedStaff', m.id, w.agencies.invited, [{ slotId: s1, answer: 'no' }])).statusCode).toBe(
        200,
      );
      const replaced = await answer('invitedStaff', m.id, w.agencies.invited, [
        { slotId: s1, answer: 'yes' },
        { slotId: s2, answer: 'if_need_be' },
        { slotId: s3, answer: 'no' },
      ]);
      expect(replaced.statusCode).toBe(200);
      const res = await answer('otherLeader', m.id, w.agencies.other, [
        { slotId: s1, answer: 'yes' },
        { slotId: s2, answer: 'yes' },
      ]);
      const tally = res.json() as PollDto;
      expect(tally.slots.map((s) => s.tally)).toEqual([
        { yes: 2, if_need_be: 0, no: 0 },
        { yes: 1, if_need_be: 1, no: 0 },
        { yes: 0, if_need_be: 0, no: 1 },
      ]);
      expect(tally.slots[2].refusedBy.map((a) => a.id)).toEqual([w.agencies.invited]);
      expect(tally.pending).toEqual([]);
      const invitedResponse = tally.responses.find((r) => r.agency.id === w.agencies.invited);
      expect(invitedResponse).toMatchObject({
        answers: { [s1]: 'yes', [s2]: 'if_need_be', [s3]: 'no' },
        answeredBy: { id: w.users.invitedStaff.id },
      });
      // Everyone who may see the meeting sees the same grid.
      expect((await call(w, 'invitedAnalyst', 'GET', `/api/meetings/${m.id}/poll`)).json()).toEqual(tally);
    });

    it('refuses answers for another agency, by an analyst, for an uninvited agency, or for unknown slots', async () => {
      const { m, poll } = await meetingWithPoll();
      const a = [{ slotId: poll.slots[0].id, answer: 'yes' }];
      const forOther = await answer('invitedLeader', m.id, w.agencies.other, a);
      expect(forOther.statusCode).toBe(403);
      expect(forOther.json().message).toContain('you may answer only for an agency where you are leader or staff');
      expect((await answer('invitedAnalyst', m.id, w.agencies.invited, a)).statusCode).toBe(403);
      expect((await answer('hostLeader', m.id, w.agencies.host, a)).statusCode).toBe(404);
      const unknown = await answer('invitedLeader', m.id, w.agencies.invited, [
        { slotId: '00000000-0000-4000-8000-000000000000', answer: 'yes' },
      ]);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().message).toBe('answers[0].slotId is not a slot of this poll');
      const twice = await answer('invitedLeader', m.id, w.agencies.invited, [a[0], a[0]]);
      expect(twice.statusCode).toBe(400);
      expect(twice.json().message).toBe('answers[1].slotId is answered twice');
      expect(
        (await answer('invitedLeader', m.id, w.agencies.invited, [{ slotId: poll.slots[0].id, answer: 'perhaps' }]))
          .statusCode,
      ).toBe(400);
    });

    it('closes answers after the deadline', async () => {
      const { m, poll } = await meetingWithPoll();
      await w.db.query(`UPDATE meeting_poll SET deadline = now() - interval '1 minute' WHERE id = $1`, [poll.id]);
      const res = await answer('invitedLeader', m.id, w.agencies.invited, [
        { slotId: poll.slots[0].id, answer: 'yes' },
      ]);
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toMatch(/^answers are closed: the deadline was /);
      expect((await call(w, 'invitedLeader', 'GET', `/api/meetings/${m.id}/poll`)).json().closed).toBe(true);
    });
  });

  describe('POST /api/meetings/:id/poll/pick', () => {
    it('needs confirmation for a slot some agency refused, naming it; then sets the date and schedules', async () => {
      const { m, poll } = await meetingWithPoll();
      const [s1, s2] = poll.slots;
      await answer('invitedLeader', m.id, w.agencies.invited, [
        { slotId: s1.id, answer: 'no' },
        { slotId: s2.id, answer: 'yes' },
      ]);
      const refused = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: s1.id });
      expect(refused.statusCode).toBe(409);
      const body = refused.json() as PollPickErrorBody;
      expect(body.refusedBy.map((a) => a.id)).toEqual([w.agencies.invited]);
      expect(body.conflicts).toEqual([]);
      expect(body.message).toContain('answered no to this slot');
      expect(body.message).toContain('confirm');

      const picked = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, {
        slotId: s1.id,
        confirm: true,
      });
      expect(picked.statusCode).toBe(200);
      expect(picked.json()).toMatchObject({
        status: 'scheduled',
        startsAt: s1.startsAt,
        endsAt: s1.endsAt,
        sequence: 1,
        version: 2,
      });
      const after = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}/poll`)).json() as PollDto;
      expect(after).toMatchObject({ chosenSlotId: s1.id, closed: true });
      const late = await answer('otherLeader', m.id, w.agencies.other, [{ slotId: s2.id, answer: 'yes' }]);
      expect(late.statusCode).toBe(409);
      expect(late.json().message).toContain('answers are closed');
      const told = await w.db.query(
        `SELECT user_id FROM notification WHERE meeting_id = $1 AND kind = 'meeting.changed'`,
        [m.id],
      );
      expect(told.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
        [w.users.invitedLeader.id, w.users.invitedStaff.id, w.users.otherLeader.id, w.users.otherStaff.id].sort(),
      );
      const [audit] = await w.db.query(
        `SELECT details FROM audit_event WHERE action = 'meeting.poll_picked' AND object_id = $1`,
        [m.id],
      );
      expect(audit.details).toMatchObject({ slotId: s1.id, refusedBy: [w.agencies.invited] });
    });

    it('picks a slot nobody refused at once, and may pick again to move a scheduled meeting', async () => {
      const { m, poll } = await meetingWithPoll();
      const first = await call(w, 'hostLeader', 'POST', `/api/meetings/${m.id}/poll/pick`, {
        slotId: poll.slots[1].id,
      });
      expect(first.statusCode).toBe(200);
      const second = await call(w, 'admin', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: poll.slots[2].id });
      expect(second.json()).toMatchObject({ startsAt: poll.slots[2].startsAt, sequence: 2 });
    });

    it('reports conflicts of the chosen slot together with refusals', async () => {
      const { m, poll, days } = await meetingWithPoll();
      const busy = await schedule(
        w,
        await createMeeting(w, { day: days[0], from: '12:00', to: '13:00', title: 'Ocupado' }),
      );
      const refused = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, {
        slotId: poll.slots[0].id,
      });
      expect(refused.statusCode).toBe(409);
      expect((refused.json() as PollPickErrorBody).conflicts.map((c) => c.meetingId)).toEqual([busy.id]);
      expect(
        (
          await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, {
            slotId: poll.slots[0].id,
            confirm: true,
          })
        ).statusCode,
      ).toBe(200);
    });

    it('is refused to others and for slots of another poll', async () => {
      const { m, poll } = await meetingWithPoll();
      const other = await meetingWithPoll();
      expect(
        (await call(w, 'hostStaff', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: poll.slots[0].id }))
          .statusCode,
      ).toBe(403);
      expect(
        (await call(w, 'invitedLeader', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: poll.slots[0].id }))
          .statusCode,
      ).toBe(403);
      expect(
        (await call(w, 'outsider', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: poll.slots[0].id })).statusCode,
      ).toBe(404);
      const foreign = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, {
        slotId: other.poll.slots[0].id,
      });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().message).toBe('slotId is not a slot of this poll');
      expect((await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll/pick`, { slotId: 'x' })).statusCode).toBe(
        400,
      );
    });
  });
});
