import type { UnreadCountEventDto } from '@cumbre/contracts';
import { useLiveWorld } from '../../test/live-world';
import { call, createMeeting, invite } from '../../test/meeting-world';
import type { SseStream } from '../../test/sse-client';

const unread = (s: SseStream, i: number) => (JSON.parse(s.events[i].data) as UnreadCountEventDto).unread;

/** The bell's live unread count: one instance streams, notices written through another arrive. */
describe('notification events (SSE)', () => {
  const live = useLiveWorld();
  const { w } = live;
  const events = (headers?: Record<string, string>) => live.stream('/api/notifications/events', headers);

  it('sends the unread count on connecting, after a notice written on another instance, and after reading', async () => {
    const s = await events(w.headers.invitedLeader);
    expect(s.status).toBe(200);
    await s.waitForEvents(1);
    const before = unread(s, 0);
    expect(s.events[0]).toMatchObject({ event: 'unread', id: null });

    // An invitation through the other instance notifies the invited agency's leader.
    const m = await createMeeting(w);
    const invited = await live.other.inject({
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
    const anonymous = await events();
    expect(anonymous.status).toBe(401);

    const s = await events(w.headers.otherLeader);
    await s.waitForEvents(1);
    const m = await createMeeting(w);
    await invite(w, m.id, [w.agencies.invited]);
    // The invitation went to another agency: then a notice of its own arrives first.
    await invite(w, m.id, [w.agencies.other]);
    await s.waitForEvents(2);
    expect(unread(s, 1)).toBe(unread(s, 0) + 1);
  });
});
