import type { MeetingDto, Page, MeetingSummaryDto, PollDto } from '@cumbre/contracts';
import { Clock, SystemClock } from '../common/clock';
import { testNow } from '../../test/test-clock';
import { call, createMeeting, useMeetingWorld, futureDay, invite, limaTime } from '../../test/meeting-world';

// The domain reads "now" from the one injectable clock: moving it moves what is upcoming, what
// is past and when a poll closes, whatever the machine's date.
describe('the API clock', () => {
  const w = useMeetingWorld();
  let clock: SystemClock;

  beforeAll(async () => {
    clock = w.app.get(Clock) as SystemClock;
  });
  afterEach(() => clock.startingAt(testNow()));

  const listIds = async (when: 'upcoming' | 'past') =>
    (
      (await call(w, 'convener', 'GET', `/api/meetings?when=${when}&limit=100`)).json() as Page<MeetingSummaryDto>
    ).items.map((m) => m.id);

  it('a meeting is upcoming before it ends and past after, by the clock', async () => {
    const day = futureDay();
    const m = await createMeeting(w, { day });
    expect(await listIds('upcoming')).toContain(m.id);
    expect(await listIds('past')).not.toContain(m.id);

    clock.startingAt(new Date(limaTime(day, '11:01')));
    expect(await listIds('upcoming')).not.toContain(m.id);
    expect(await listIds('past')).toContain(m.id);
  });

  it('lists cancelled upcoming meetings after every active one, across pages', async () => {
    const soon = await createMeeting(w, { title: 'Cancelada pronto' });
    const later = await createMeeting(w, { title: 'Activa después' });
    const cancelled = await call(w, 'convener', 'POST', `/api/meetings/${soon.id}/status`, {
      status: 'cancelled',
      reason: 'Se pospone',
      version: soon.version,
    });
    expect(cancelled.statusCode).toBe(200);
    const page = async (offset: number) =>
      (
        await call(w, 'convener', 'GET', `/api/meetings?when=upcoming&limit=1&offset=${offset}`)
      ).json() as Page<MeetingSummaryDto>;
    const first = await page(0);
    const all: MeetingSummaryDto[] = [];
    for (let offset = 0; offset < first.total; offset++) all.push(...(await page(offset)).items);
    const ids = all.map((m) => m.id);
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(soon.id));
    const firstCancelled = all.findIndex((m) => m.status === 'cancelled');
    expect(all.slice(firstCancelled).every((m) => m.status === 'cancelled')).toBe(true);
  });

  it('poll answers close when the clock passes the deadline, and a slot behind the clock is refused', async () => {
    const m = (
      await call(w, 'convener', 'POST', '/api/meetings', { title: 'Votación con reloj', hostAgencyId: w.agencies.host })
    ).json() as MeetingDto;
    await invite(w, m.id);
    const day = futureDay();
    const deadline = new Date(testNow().getTime() + 3 * 86400_000);
    const created = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/poll`, {
      deadline: deadline.toISOString(),
      slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }],
    });
    expect(created.statusCode).toBe(201);
    const poll = created.json() as PollDto;
    const answer = () =>
      call(w, 'invitedStaff', 'PUT', `/api/meetings/${m.id}/poll/answers`, {
        agencyId: w.agencies.invited,
        answers: [{ slotId: poll.slots[0].id, answer: 'yes' }],
      });
    expect((await answer()).statusCode).toBe(200);

    clock.startingAt(new Date(deadline.getTime() + 60_000));
    const late = await answer();
    expect(late.statusCode).toBe(409);
    expect(((await call(w, 'convener', 'GET', `/api/meetings/${m.id}/poll`)).json() as PollDto).closed).toBe(true);

    const other = await createMeeting(w);
    clock.startingAt(new Date(limaTime(day, '12:00')));
    const behind = await call(w, 'convener', 'POST', `/api/meetings/${other.id}/poll`, {
      deadline: limaTime(futureDay(), '08:00'),
      slots: [{ startsAt: limaTime(day, '09:00'), endsAt: limaTime(day, '10:00') }],
    });
    expect(behind.statusCode).toBe(400);
    expect(behind.body).toContain('slots[0].startsAt is in the past');
  });
});
