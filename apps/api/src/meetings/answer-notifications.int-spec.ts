import type { NotificationPreferencesDto, PollDto } from '@cumbre/contracts';
import { call, createMeeting, useMeetingWorld, futureDay, invite, limaTime, Persona } from '../../test/meeting-world';

describe('answers reach the convener and the host; e-mail by preference', () => {
  const w = useMeetingWorld();

  const ids = (...who: Persona[]) => who.map((p) => w.users[p].id).sort();
  const rows = async (meetingId: string, kind: string) =>
    (await w.db.query(
      'SELECT user_id, params FROM notification WHERE meeting_id = $1 AND kind = $2 ORDER BY user_id, created_at',
      [meetingId, kind],
    )) as { user_id: string; params: Record<string, string | null> }[];

  it('tells the convener and the host’s leaders and staff of each answer, and once when everyone has answered', async () => {
    const m = await createMeeting(w);
    await invite(w, m.id);
    const rsvp = (who: Persona, agencyId: string, answer: string) =>
      call(w, who, 'POST', `/api/meetings/${m.id}/rsvp`, { agencyId, rsvp: answer });

    expect((await rsvp('invitedStaff', w.agencies.invited, 'accepted')).statusCode).toBe(200);
    const first = await rows(m.id, 'meeting.answered');
    expect(first.map((r) => r.user_id).sort()).toEqual(ids('convener', 'hostLeader', 'hostStaff'));
    expect(first[0].params).toMatchObject({
      answerKind: 'invitation',
      agencyId: w.agencies.invited,
      rsvp: 'accepted',
      meetingTitle: m.title,
    });
    expect(await rows(m.id, 'meeting.all_answered')).toEqual([]);

    // The host's staff member answering for another agency is not possible; the last agency answers.
    expect((await rsvp('otherLeader', w.agencies.other, 'declined')).statusCode).toBe(200);
    const all = await rows(m.id, 'meeting.all_answered');
    expect(all.map((r) => r.user_id).sort()).toEqual(ids('convener', 'hostLeader', 'hostStaff'));
    expect(all[0].params).toEqual({ meetingTitle: m.title, answerKind: 'invitation' });

    // Changing an answer tells the organizers again, but "everyone answered" stays said once.
    await rsvp('otherStaff', w.agencies.other, 'accepted');
    expect(await rows(m.id, 'meeting.answered')).toHaveLength(9);
    expect(await rows(m.id, 'meeting.all_answered')).toHaveLength(3);
    // Answers go in-app only by default.
    const mails = await w.db.query(
      `SELECT count(*)::int AS n FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.answered'`,
      [m.id],
    );
    expect(mails[0].n).toBe(0);
  });

  it('tells them of poll answers, and when every invited agency has answered the poll', async () => {
    const day = futureDay();
    const m = await createMeeting(w, { day });
    await invite(w, m.id);
    const created = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, {
      deadline: limaTime(day, '00:00'),
      slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }],
    });
    expect(created.statusCode).toBe(201);
    const slot = (created.json() as PollDto).slots[0].id;
    const answer = (who: Persona, agencyId: string) =>
      call(w, who, 'PUT', `/api/meetings/${m.id}/poll/answers`, {
        agencyId,
        answers: [{ slotId: slot, answer: 'yes' }],
      });
    expect((await answer('invitedStaff', w.agencies.invited)).statusCode).toBe(200);
    expect((await rows(m.id, 'meeting.answered'))[0].params).toMatchObject({ answerKind: 'poll', rsvp: null });
    expect(await rows(m.id, 'meeting.all_answered')).toEqual([]);
    expect((await answer('otherStaff', w.agencies.other)).statusCode).toBe(200);
    expect((await rows(m.id, 'meeting.all_answered')).map((r) => r.params.answerKind)).toEqual([
      'poll',
      'poll',
      'poll',
    ]);
  });

  it('sends the e-mail only to those whose preference says so; in-app always', async () => {
    const prefs = await call(w, 'otherStaff', 'GET', '/api/notifications/preferences');
    expect(prefs.statusCode).toBe(200);
    expect((prefs.json() as NotificationPreferencesDto).items).toEqual(
      expect.arrayContaining([
        { kind: 'meeting.invited', email: true },
        { kind: 'meeting.answered', email: false },
        { kind: 'meeting.reminder', email: true },
      ]),
    );
    const put = await call(w, 'otherStaff', 'PUT', '/api/notifications/preferences', {
      items: [{ kind: 'meeting.invited', email: false }],
    });
    expect(put.statusCode).toBe(200);
    expect((put.json() as NotificationPreferencesDto).items.find((i) => i.kind === 'meeting.invited')).toEqual({
      kind: 'meeting.invited',
      email: false,
    });
    await call(w, 'convener', 'PUT', '/api/notifications/preferences', {
      items: [{ kind: 'meeting.answered', email: true }],
    });

    const m = await createMeeting(w);
    await invite(w, m.id, [w.agencies.other]);
    const told = await w.db.query(
      `SELECT user_id FROM notification WHERE meeting_id = $1 AND kind = 'meeting.invited'`,
      [m.id],
    );
    expect(told.map((r: { user_id: string }) => r.user_id).sort()).toEqual(ids('otherLeader', 'otherStaff'));
    const mailed = await w.db.query(
      `SELECT to_address FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.invited'`,
      [m.id],
    );
    expect(mailed.map((r: { to_address: string }) => r.to_address)).toEqual([w.users.otherLeader.email]);

    await call(w, 'otherLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
      agencyId: w.agencies.other,
      rsvp: 'accepted',
    });
    const answeredMail = await w.db.query(
      `SELECT to_address FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.answered'`,
      [m.id],
    );
    expect(answeredMail.map((r: { to_address: string }) => r.to_address)).toEqual([w.users.convener.email]);
  });

  it('refuses unknown kinds, repeated kinds and non-boolean choices naming the field', async () => {
    const put = (items: unknown) => call(w, 'otherStaff', 'PUT', '/api/notifications/preferences', { items });
    const unknown = await put([{ kind: 'meeting.nope', email: true }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0]).toMatchObject({ field: 'items[0].kind', code: 'validation.not_in_list' });
    const twice = await put([
      { kind: 'meeting.invited', email: true },
      { kind: 'meeting.invited', email: false },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({ code: 'validation.failed', field: 'items[1].kind' });
    expect(twice.json().fields[0].code).toBe('validation.duplicate');
    expect((await put([{ kind: 'meeting.invited', email: 'yes' }])).statusCode).toBe(400);
    expect((await call(w, 'anonymous', 'GET', '/api/notifications/preferences')).statusCode).toBe(401);
  });
});
