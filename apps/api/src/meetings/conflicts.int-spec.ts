import type { ConflictDto, ConflictErrorBody, MeetingDto } from '@cumbre/contracts';
import { HIDDEN_MEETING_TITLE } from './conflicts.service';
import { call, createMeeting, useMeetingWorld, futureDay, invite, limaTime, schedule } from '../../test/meeting-world';

describe('conflicts: overlapping meetings that share the host or a delegate', () => {
  const w = useMeetingWorld();

  const newMeeting = (day: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    call(w, 'convener', 'POST', '/api/meetings', {
      title: 'Reunión que choca',
      hostAgencyId: w.agencies.host,
      startsAt: limaTime(day, from),
      endsAt: limaTime(day, to),
      ...extra,
    });

  it('refuses one of two overlapping meetings of the same host created at the same moment (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const day = futureDay();
      const answers = await Promise.all([newMeeting(day, '09:00', '11:00'), newMeeting(day, '10:00', '12:00')]);
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    }
  });

  it('refuses a new meeting of the same host at an overlapping time unless confirmed, and audits the confirmation', async () => {
    const day = futureDay();
    const first = await schedule(w, await createMeeting(w, { day, from: '09:00', to: '11:00', title: 'Primera' }));
    const refused = await newMeeting(day, '10:30', '12:00');
    expect(refused.statusCode).toBe(409);
    const body = refused.json() as ConflictErrorBody;
    expect(body.message).toContain('confirmConflicts');
    expect(body.conflicts).toEqual([
      {
        meetingId: first.id,
        title: 'Primera',
        startsAt: `${day}T14:00:00.000Z`,
        endsAt: `${day}T16:00:00.000Z`,
        timeZone: 'America/Lima',
        sharedHost: expect.objectContaining({ id: w.agencies.host }),
        sharedDelegates: [],
        visible: true,
      },
    ]);
    const confirmed = await newMeeting(day, '10:30', '12:00', { confirmConflicts: true });
    expect(confirmed.statusCode).toBe(201);
    const [audit] = await w.db.query(
      `SELECT details FROM audit_event WHERE action = 'meeting.created' AND object_id = $1`,
      [confirmed.json().id],
    );
    expect(audit.details.conflicts).toEqual([
      { meetingId: first.id, sharedHost: w.agencies.host, sharedDelegates: [] },
    ]);
  });

  it('lets back-to-back meetings be, and ignores cancelled ones', async () => {
    const day = futureDay();
    await createMeeting(w, { day, from: '09:00', to: '11:00' });
    expect((await newMeeting(day, '11:00', '12:00')).statusCode).toBe(201);
    expect((await newMeeting(day, '07:00', '09:00')).statusCode).toBe(201);
    const day2 = futureDay();
    const gone = await createMeeting(w, { day: day2, from: '09:00', to: '11:00' });
    await call(w, 'convener', 'POST', `/api/meetings/${gone.id}/status`, {
      status: 'cancelled',
      reason: 'x',
      version: gone.version,
    });
    expect((await newMeeting(day2, '10:00', '10:30')).statusCode).toBe(201);
  });

  it('finds a shared delegate across agencies, hiding the title of a meeting the caller may not see', async () => {
    const day = futureDay();
    // The other agency's own meeting, to which the invited agency sends its analyst.
    const theirs = await call(w, 'otherLeader', 'POST', '/api/meetings', {
      title: 'Reunión privada de otra agencia',
      hostAgencyId: w.agencies.other,
      startsAt: limaTime(day, '15:00'),
      endsAt: limaTime(day, '17:00'),
    });
    expect(theirs.statusCode).toBe(201);
    const theirsId = theirs.json().id as string;
    expect(
      (
        await call(w, 'otherLeader', 'POST', `/api/meetings/${theirsId}/invitations`, {
          agencyIds: [w.agencies.invited],
        })
      ).statusCode,
    ).toBe(200);
    const rsvp = { agencyId: w.agencies.invited, rsvp: 'accepted', delegateUserIds: [w.users.invitedAnalyst.id] };
    expect((await call(w, 'invitedLeader', 'POST', `/api/meetings/${theirsId}/rsvp`, rsvp)).statusCode).toBe(200);

    // Ours, on another day at first, with the same analyst as delegate.
    let ours = await createMeeting(w, { day: futureDay(), from: '09:00', to: '10:00' });
    await invite(w, ours.id, [w.agencies.invited]);
    ours = (await call(w, 'invitedLeader', 'POST', `/api/meetings/${ours.id}/rsvp`, rsvp)).json();
    const move = { startsAt: limaTime(day, '16:30'), endsAt: limaTime(day, '18:00'), version: ours.version };
    const refused = await call(w, 'convener', 'PATCH', `/api/meetings/${ours.id}`, move);
    expect(refused.statusCode).toBe(409);
    const [conflict] = (refused.json() as ConflictErrorBody).conflicts;
    expect(conflict).toEqual({
      meetingId: theirsId,
      title: HIDDEN_MEETING_TITLE,
      startsAt: `${day}T20:00:00.000Z`,
      endsAt: `${day}T22:00:00.000Z`,
      timeZone: 'America/Lima',
      sharedHost: null,
      sharedDelegates: [{ id: w.users.invitedAnalyst.id, displayName: 'Analista Invitada' }],
      visible: false,
    });
    // An admin (who sees everything) gets the title.
    const asAdmin = await call(w, 'admin', 'PATCH', `/api/meetings/${ours.id}`, move);
    expect((asAdmin.json() as ConflictErrorBody).conflicts[0]).toMatchObject({
      title: 'Reunión privada de otra agencia',
      visible: true,
    });

    const moved = await call(w, 'convener', 'PATCH', `/api/meetings/${ours.id}`, { ...move, confirmConflicts: true });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().startsAt).toBe(`${day}T21:30:00.000Z`);

    // Both sides now report it.
    const fromOurs = (await call(w, 'convener', 'GET', `/api/meetings/${ours.id}/conflicts`)).json() as ConflictDto[];
    expect(fromOurs.map((c) => c.meetingId)).toEqual([theirsId]);
    const fromTheirs = (
      await call(w, 'otherLeader', 'GET', `/api/meetings/${theirsId}/conflicts`)
    ).json() as ConflictDto[];
    expect(fromTheirs).toEqual([
      expect.objectContaining({ meetingId: ours.id, title: HIDDEN_MEETING_TITLE, visible: false }),
    ]);
    expect(
      ((await call(w, 'invitedAnalyst', 'GET', `/api/meetings/${theirsId}/conflicts`)).json() as ConflictDto[])[0]
        .visible,
    ).toBe(true);
  });

  it('checks again when a draft is scheduled', async () => {
    const day = futureDay();
    const a = await createMeeting(w, { day, from: '09:00', to: '11:00' });
    const b = (await newMeeting(day, '10:00', '12:00', { confirmConflicts: true })).json() as MeetingDto;
    const refused = await call(w, 'convener', 'POST', `/api/meetings/${b.id}/status`, {
      status: 'scheduled',
      version: b.version,
    });
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as ConflictErrorBody).conflicts.map((c) => c.meetingId)).toEqual([a.id]);
    const ok = await call(w, 'convener', 'POST', `/api/meetings/${b.id}/status`, {
      status: 'scheduled',
      version: b.version,
      confirmConflicts: true,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('answers an empty list for a meeting without a date, 404 for one the caller cannot see', async () => {
    const undated = (
      await call(w, 'convener', 'POST', '/api/meetings', { title: 'Sin fecha', hostAgencyId: w.agencies.host })
    ).json();
    const res = await call(w, 'convener', 'GET', `/api/meetings/${undated.id}/conflicts`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
    expect((await call(w, 'outsider', 'GET', `/api/meetings/${undated.id}/conflicts`)).statusCode).toBe(404);
  });

  it('finds candidates through the GiST index on the time range', async () => {
    const plan: { 'QUERY PLAN': string }[] = await w.db.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(
        `EXPLAIN SELECT id FROM meeting m
          WHERE m.starts_at IS NOT NULL AND m.status <> 'cancelled'
            AND tstzrange(m.starts_at, m.ends_at, '[)') && tstzrange($1, $2, '[)')`,
        [new Date('2030-01-01T00:00:00Z'), new Date('2030-01-02T00:00:00Z')],
      );
    });
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('IDX_meeting_time_range');
  });
});
