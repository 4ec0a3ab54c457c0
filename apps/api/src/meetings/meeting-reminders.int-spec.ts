import { useTestApp } from '../../test/test-app';
import {
  accept,
  call,
  createMeeting,
  futureDay,
  invite,
  limaTime,
  schedule,
  useMeetingWorld,
} from '../../test/meeting-world';
import { MeetingReminders } from './meeting-reminders.service';

describe('reminders: nudges before answer deadlines, delegates the day before', () => {
  // Two API instances on one database, as in production behind a load balancer.
  const w = useMeetingWorld();
  const two = useTestApp();

  const sent = async (meetingIds: string[]) =>
    (await w.db.query(
      `SELECT n.meeting_id, n.user_id, n.kind, n.params->>'answerKind' AS answer_kind
         FROM notification n WHERE n.meeting_id = ANY($1::uuid[]) AND n.kind IN ('meeting.answer_due', 'meeting.reminder')
        ORDER BY 1, 2, 3, 4`,
      [meetingIds],
    )) as { meeting_id: string; user_id: string; kind: string; answer_kind: string | null }[];

  it('sends each nudge and reminder exactly once with two instances running at once, and nothing more that day', async () => {
    const day = futureDay();
    // Meeting A: scheduled, the invited agency accepted with two delegates, the other has not answered.
    let a = await createMeeting(w, { day, from: '09:00', to: '11:00' });
    await invite(w, a.id);
    a = await schedule(w, await accept(w, a.id, 'invitedStaff', [w.users.invitedAnalyst.id, w.users.invitedStaff.id]));
    // Meeting B: a draft with a date poll closing the morning of `day`; the invited agency answered it.
    const b = await createMeeting(w, { day, from: '15:00', to: '16:00' });
    await invite(w, b.id);
    const poll = await call(w, 'convener', 'POST', `/api/meetings/${b.id}/poll`, {
      deadline: limaTime(day, '08:00'),
      slots: [{ startsAt: limaTime(day, '15:00'), endsAt: limaTime(day, '16:00') }],
    });
    await call(w, 'invitedLeader', 'PUT', `/api/meetings/${b.id}/poll/answers`, {
      agencyId: w.agencies.invited,
      answers: [{ slotId: poll.json().slots[0].id, answer: 'yes' }],
    });
    await accept(w, b.id, 'invitedLeader');

    const dayBefore = new Date(new Date(limaTime(day, '10:00')).getTime() - 86_400_000);
    await Promise.all([
      w.app.get(MeetingReminders).runOnce(dayBefore),
      two.app.get(MeetingReminders).runOnce(dayBefore),
    ]);

    const u = w.users;
    const expected = [
      // A: the other agency's leader and staff are nudged about the invitation; the delegates reminded.
      ...[u.otherLeader, u.otherStaff].map((x) => [a.id, x.id, 'meeting.answer_due', 'invitation']),
      ...[u.invitedAnalyst, u.invitedStaff].map((x) => [a.id, x.id, 'meeting.reminder', null]),
      // B: the other agency owes both answers; the invited agency answered both.
      ...[u.otherLeader, u.otherStaff].flatMap((x) => [
        [b.id, x.id, 'meeting.answer_due', 'invitation'],
        [b.id, x.id, 'meeting.answer_due', 'poll'],
      ]),
    ];
    const rows = (await sent([a.id, b.id])).map((r) => [r.meeting_id, r.user_id, r.kind, r.answer_kind]);
    const key = (r: unknown[]) => r.join('|');
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());

    // The reminder e-mail carries the .ics.
    const [mail] = await w.db.query(
      `SELECT subject, attachments FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.reminder' AND to_address = $2`,
      [a.id, u.invitedStaff.email],
    );
    expect(mail.subject).toBe(`Mañana: ${a.title}`);
    expect(mail.attachments[0].content).toContain(`UID:${a.id}@cumbre`);

    // Later the same day, on either instance: nothing new.
    const laterThatDay = new Date(dayBefore.getTime() + 8 * 3_600_000);
    await Promise.all([
      w.app.get(MeetingReminders).runOnce(laterThatDay),
      two.app.get(MeetingReminders).runOnce(laterThatDay),
    ]);
    expect(await sent([a.id, b.id])).toHaveLength(expected.length);
  });

  it('nudges again the next day while the answer is still missing, and never about a cancelled meeting', async () => {
    const day = futureDay();
    const m = await schedule(w, await createMeeting(w, { day, from: '18:00', to: '19:00' }));
    await invite(w, m.id, [w.agencies.other]);
    const cancelled = await schedule(w, await createMeeting(w, { day, from: '20:00', to: '21:00' }));
    await invite(w, cancelled.id, [w.agencies.other]);
    await call(w, 'convener', 'POST', `/api/meetings/${cancelled.id}/status`, {
      status: 'cancelled',
      reason: 'Sin quórum',
      version: cancelled.version,
    });
    const twoDaysBefore = new Date(new Date(limaTime(day, '19:00')).getTime() - 47 * 3_600_000);
    const reminders = w.app.get(MeetingReminders);
    await reminders.runOnce(twoDaysBefore);
    await reminders.runOnce(new Date(twoDaysBefore.getTime() + 24 * 3_600_000));
    const nudges = (await sent([m.id, cancelled.id])).filter((r) => r.user_id === w.users.otherLeader.id);
    expect(nudges.map((r) => [r.meeting_id, r.kind])).toEqual([
      [m.id, 'meeting.answer_due'],
      [m.id, 'meeting.answer_due'],
    ]);
  });
});
