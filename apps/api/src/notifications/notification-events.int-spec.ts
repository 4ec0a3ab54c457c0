import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { UnreadCountEventDto } from '@cumbre/contracts';
import { createTestApp } from '../../test/test-app';
import { call, createMeeting, createMeetingWorld, invite, MeetingWorld } from '../../test/meeting-world';
import { listeningUrl, openSse, SseStream } from '../../test/sse-client';

const unread = (s: SseStream, i: number) => (JSON.parse(s.events[i].data) as UnreadCountEventDto).unread;

/** The bell's live unread count: one instance streams, notices written through another arrive. */
describe('notification events (SSE)', () => {
  let app: NestFastifyApplication;
  let other: NestFastifyApplication;
  let w: MeetingWorld;
  let base: string;
  const open: SseStream[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    other = await createTestApp();
    w = await createMeetingWorld(app);
    base = await listeningUrl(app);
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await app.close();
    await other.close();
  });

  it('sends the unread count on connecting, after a notice written on another instance, and after reading', async () => {
    const s = await openSse(`${base}/api/notifications/events`, w.headers.invitedLeader);
    open.push(s);
    expect(s.status).toBe(200);
    await s.waitForEvents(1);
    const before = unread(s, 0);
    expect(s.events[0]).toMatchObject({ event: 'unread', id: null });

    // An invitation through the other instance notifies the invited agency's leader.
    const m = await createMeeting(w);
    const invited = await other.inject({
      method: 'POST',
      url: `/api/meetings/${m.id}/invitations`,
      headers: w.headers.convener,
      payload: { agencyIds: [w.agencies.invited] },
    });
    expect(invited.statusCode).toBe(200);
    await s.waitForEvents(2);
    expect(unread(s, 1)).toBe(before + 1);

    const readAll = await call(w, 'invitedLeader', 'POST', '/api/notifications/read-all');
    expect(readAll.statusCode).toBe(200);
    await s.waitForEvents(3);
    expect(unread(s, 2)).toBe(0);
  });

  it('is only for a signed-in caller, who gets only their own count', async () => {
    const anonymous = await openSse(`${base}/api/notifications/events`);
    open.push(anonymous);
    expect(anonymous.status).toBe(401);

    const s = await openSse(`${base}/api/notifications/events`, w.headers.otherLeader);
    open.push(s);
    await s.waitForEvents(1);
    const m = await createMeeting(w);
    await invite(w, m.id, [w.agencies.invited]);
    // The invitation went to another agency: then a notice of its own arrives first.
    await invite(w, m.id, [w.agencies.other]);
    await s.waitForEvents(2);
    expect(unread(s, 1)).toBe(unread(s, 0) + 1);
  });
});
