import type { ConflictDto, MeetingDto, MeetingSummaryDto, Page, PollDto } from '@cumbre/contracts';
import { useTestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { bearerFor } from '../../test/demo-sessions';
import { seedDemoData } from './demo-data';
import { DEMO_CONFLICT_TITLE, DEMO_SUMMIT_TITLE, seedDemoMeetings } from './meetings-demo';

// The test database is seeded with the demo set (test/seed.ts), meetings step included.

describe('demo data: the 5 December summit', () => {
  const t = useTestApp();
  let summit: MeetingDto;

  const get = async (email: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: await bearerFor(t.app, email) });

  beforeAll(async () => {
    const list = (await (
      await get('presidencia.pcm@cumbre.demo', '/api/meetings?limit=100')
    ).json()) as Page<MeetingSummaryDto>;
    const id = list.items.find((m) => m.title === DEMO_SUMMIT_TITLE)?.id as string;
    summit = (await get('presidencia.pcm@cumbre.demo', `/api/meetings/${id}`)).json();
  });

  it('is convened by the PCM, hosted by Piura at a fictional venue, on 5 December 09:00–17:00 Lima time', () => {
    expect(summit).toMatchObject({
      status: summitStatusAt(testNow()),
      visibility: 'public',
      startsAt: '2026-12-05T14:00:00.000Z',
      endsAt: '2026-12-05T22:00:00.000Z',
      timeZone: 'America/Lima',
      hostAgency: { isoCode: 'PE-PIU' },
      convener: { displayName: 'Ricardo Valdivia Torrealva' },
      venue: { name: 'Centro de Convenciones Miraflores del Norte', city: 'Piura' },
    });
  });

  it('invites the six regional governments and the ANGR, with a mix of answers and delegates', () => {
    expect(summit.invitations).toHaveLength(7);
    const rsvps = summit.invitations.map((i) => i.rsvp).sort();
    expect(rsvps).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'declined', 'pending', 'tentative']);
    const piura = summit.invitations.find((i) => i.agency.isoCode === 'PE-PIU');
    expect(piura?.delegates.map((d) => d.displayName).sort()).toEqual([
      'Andrea Zapata Ruesta',
      'Marisol Chunga Purizaca',
    ]);
    expect(summit.invitations.find((i) => i.agency.isoCode === 'PE-ANC')).toMatchObject({
      rsvp: 'pending',
      delegates: [],
      respondedBy: null,
    });
  });

  it('has a concluded date poll that led to 5 December', async () => {
    const poll = (await get('presidencia.tumbes@cumbre.demo', `/api/meetings/${summit.id}/poll`)).json() as PollDto;
    expect(poll.closed).toBe(true);
    expect(poll.slots).toHaveLength(3);
    const chosen = poll.slots.find((s) => s.id === poll.chosenSlotId);
    expect(chosen?.startsAt).toBe('2026-12-05T14:00:00.000Z');
    expect(chosen?.refusedBy.map((a) => a.isoCode)).toEqual(['PE-CAJ']);
    expect(poll.responses).toHaveLength(6);
    expect(poll.pending.map((a) => a.isoCode)).toEqual(['PE-ANC']);
  });

  it('conflicts with Piura’s own committee that afternoon (same host, shared delegate), hidden from other agencies', async () => {
    const conflicts = (
      await get('presidencia.piura@cumbre.demo', `/api/meetings/${summit.id}/conflicts`)
    ).json() as ConflictDto[];
    expect(conflicts).toEqual([
      expect.objectContaining({
        title: DEMO_CONFLICT_TITLE,
        visible: true,
        sharedHost: expect.objectContaining({ isoCode: 'PE-PIU' }),
        sharedDelegates: [expect.objectContaining({ displayName: 'Andrea Zapata Ruesta' })],
      }),
    ]);
    expect((await get('presidencia.tumbes@cumbre.demo', `/api/meetings/${conflicts[0].meetingId}`)).statusCode).toBe(
      404,
    );
    const fromTumbes = (
      await get('presidencia.tumbes@cumbre.demo', `/api/meetings/${summit.id}/conflicts`)
    ).json() as ConflictDto[];
    expect(fromTumbes[0]).toMatchObject({ visible: false });
    expect(JSON.stringify(fromTumbes)).not.toContain(DEMO_CONFLICT_TITLE);
  });

  it('is in the public calendar feed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/calendar/public.ics' });
    expect(res.body).toContain(`UID:${summit.id}@cumbre`);
  });

  it('moves on with the clock: in progress on the day, concluded after it, never back', async () => {
    const ds = t.db;
    const [{ id: piura }] = await ds.query(`SELECT id FROM organization WHERE short_name = 'GR Piura'`);
    const statusesAt = async (now: Date) => {
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        const noIds = (): string => {
          throw new Error('the demo exists: no insert expected');
        };
        await seedDemoMeetings(runner.manager, { agencyId: () => piura, userId: noIds, log: () => undefined, now });
        const rows: { title: string; status: string }[] = await runner.query(
          'SELECT title, status FROM meeting WHERE title IN ($1, $2) ORDER BY starts_at',
          [DEMO_SUMMIT_TITLE, DEMO_CONFLICT_TITLE],
        );
        return rows.map((r) => r.status);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    // The suite's demo data was seeded at testNow(), and a status never moves back: at each probe
    // a meeting is where the later of the two times puts it (summit 09:00-17:00 and committee
    // 16:00-18:00, Lima, on 5 December), whatever the day or hour the suite runs.
    const expected = (probe: Date) => {
      const at = Math.max(probe.getTime(), testNow().getTime());
      const statusAt = (starts: string, ends: string) =>
        at >= new Date(ends).getTime() ? 'concluded' : at >= new Date(starts).getTime() ? 'in_progress' : 'scheduled';
      return [
        statusAt('2026-12-05T09:00:00-05:00', '2026-12-05T17:00:00-05:00'),
        statusAt('2026-12-05T16:00:00-05:00', '2026-12-05T18:00:00-05:00'),
      ];
    };
    for (const probe of [new Date('2026-12-05T10:00:00-05:00'), new Date('2026-12-06T08:00:00-05:00')]) {
      expect(await statusesAt(probe)).toEqual(expected(probe));
    }
    expect(expected(new Date('2026-12-06T08:00:00-05:00'))).toEqual(['concluded', 'concluded']);
  });

  it('is not loaded twice', async () => {
    const ds = t.db;
    const count = async () =>
      (
        await ds.query(`SELECT count(*)::int AS n FROM meeting WHERE title IN ($1, $2)`, [
          DEMO_SUMMIT_TITLE,
          DEMO_CONFLICT_TITLE,
        ])
      )[0].n;
    expect(await count()).toBe(2);
    const log: string[] = [];
    // At the suite's "now", as test/seed.ts loaded it: a reload at another time may move statuses.
    await seedDemoData(ds, (m) => log.push(m), testNow());
    expect(log).toContain('demo data (meetings): already present, nothing added');
    expect(await count()).toBe(2);
  });
});

/** The demo summit's status on a given day (5 December 2026, 09:00–17:00 Lima time). */
function summitStatusAt(now: Date): string {
  if (now < new Date('2026-12-05T14:00:00Z')) return 'scheduled';
  return now < new Date('2026-12-05T22:00:00Z') ? 'in_progress' : 'concluded';
}
