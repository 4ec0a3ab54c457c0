import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { ActionItemDto, AgendaDto, AgendaVersionDto, MeetingSummaryDto, Page } from '@cumbre/contracts';
import { createTestApp } from '../../test/test-app';
import { bearerFor } from '../../test/demo-sessions';
import { testNow } from '../../test/test-clock';
import { seedDemoData } from './demo-data';
import { DEMO_MINUTES_PUBLISHED_AT, seedDemoAgenda } from './agenda-demo';
import { DEMO_SUMMIT_TITLE } from './meetings-demo';

// The test database is seeded with the demo set (test/seed.ts), agenda step included.

describe('demo data: the summit agenda', () => {
  let app: NestFastifyApplication;
  let summitId: string;

  const get = async (email: string | null, url: string) =>
    app.inject({ method: 'GET', url, headers: email ? await bearerFor(app, email) : {} });

  beforeAll(async () => {
    app = await createTestApp();
    const list = (await (
      await get('presidencia.pcm@cumbre.demo', '/api/meetings?limit=100')
    ).json()) as Page<MeetingSummaryDto>;
    summitId = list.items.find((m) => m.title === DEMO_SUMMIT_TITLE)?.id as string;
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens with the PCM, has a presentation per region, intelligence sharing, the joint plan and the closing', async () => {
    const agenda = (await (
      await get('staff.lalibertad@cumbre.demo', `/api/meetings/${summitId}/agenda`)
    ).json()) as AgendaDto;
    expect(agenda.items.map((i) => (i.depth === 2 ? `  ${i.presenterAgency?.shortName}` : i.title))).toEqual([
      'Apertura e instalación de la cumbre',
      'Situación regional: extorsión y sicariato',
      '  GR Piura',
      '  GR La Libertad',
      '  GR Lambayeque',
      '  GR Tumbes',
      'Receso',
      'Intercambio de información e inteligencia entre regiones',
      'Almuerzo de trabajo',
      'Plan de acción conjunto contra la extorsión y el sicariato',
      'Conclusiones y clausura',
    ]);
    expect(agenda.items[0]).toMatchObject({
      presenter: { displayName: 'Ricardo Valdivia Torrealva' },
      plannedStart: '2026-12-05T14:00:00.000Z',
    });
    expect(agenda).toMatchObject({
      status: 'published',
      publishedVersion: 1,
      overrunMinutes: 0,
      secretary: { displayName: 'Andrea Zapata Ruesta' },
    });
    const plan = agenda.items.find((i) => i.kind === 'decision');
    expect(plan?.decisions[0].endorsedBy).toHaveLength(5);
    expect(agenda.items.flatMap((i) => i.actionItems)).toHaveLength(4);
  });

  it('shows the published version to the public and puts its action items in the action plan', async () => {
    const pub = (await (await get(null, `/api/meetings/${summitId}/agenda`)).json()) as AgendaDto;
    expect(pub.items).toHaveLength(11);
    expect(pub.items.every((i) => i.minutes === null)).toBe(true);
    const v1 = (await (
      await get('presidencia.piura@cumbre.demo', `/api/meetings/${summitId}/agenda/versions/1`)
    ).json()) as AgendaVersionDto;
    expect(v1.publishedBy?.displayName).toBe('Ricardo Valdivia Torrealva');
    const plan = (await (
      await get('presidencia.piura@cumbre.demo', `/api/action-items?meetingId=${summitId}`)
    ).json()) as Page<ActionItemDto>;
    expect(plan.items.map((a) => [a.ownerAgency.shortName, a.status])).toContainEqual(['GR Piura', 'in_progress']);
  });

  it('publishes its minutes on the evening of the summit once it is concluded, and then the public sees its decisions', async () => {
    const ds = app.get(DataSource);
    // The step on its own at a given "now", from the given state, in a transaction rolled back.
    const minutesAfterSeeding = async (now: Date, status: 'in_progress' | 'concluded') => {
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`UPDATE meeting SET status = $2 WHERE id = $1`, [summitId, status]);
        await runner.query(`UPDATE agenda SET minutes_published_at = NULL WHERE meeting_id = $1`, [summitId]);
        const [{ id: piura }] = await runner.query(`SELECT id FROM organization WHERE short_name = 'GR Piura'`);
        const noIds = (): string => {
          throw new Error('the agenda exists: no insert expected');
        };
        const report = await seedDemoAgenda(runner.manager, {
          agencyId: () => piura,
          userId: noIds,
          log: () => undefined,
          now,
        });
        const [row]: { minutes_published_at: Date | null }[] = await runner.query(
          'SELECT minutes_published_at FROM agenda WHERE meeting_id = $1',
          [summitId],
        );
        return { published: row.minutes_published_at?.toISOString() ?? null, report: report['minutes published'] };
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const evening = DEMO_MINUTES_PUBLISHED_AT.toISOString();
    expect(evening).toBe('2026-12-06T00:00:00.000Z');
    // Concluded at 17:00, the minutes still open at 18:00; published at 19:00 by the next morning.
    expect(await minutesAfterSeeding(new Date('2026-12-05T18:00:00-05:00'), 'concluded')).toEqual({
      published: null,
      report: 0,
    });
    expect(await minutesAfterSeeding(new Date('2026-12-06T08:00:00-05:00'), 'concluded')).toEqual({
      published: evening,
      report: 1,
    });
    // Never for a meeting its convener has not concluded.
    expect(await minutesAfterSeeding(new Date('2026-12-06T08:00:00-05:00'), 'in_progress')).toEqual({
      published: null,
      report: 0,
    });

    // The suite's demo data was seeded at testNow(): the public sees the decisions from that evening on.
    const pub = (await (await get(null, `/api/meetings/${summitId}/agenda`)).json()) as AgendaDto;
    const afterEvening = testNow() >= DEMO_MINUTES_PUBLISHED_AT;
    expect(pub.minutesPublishedAt).toBe(afterEvening ? evening : null);
    expect(pub.items.flatMap((i) => i.decisions.map((d) => d.text.slice(0, 30)))).toEqual(
      afterEvening ? ['Adoptar un protocolo para comp', 'Crear la Mesa Macro-regional N'] : [],
    );
    expect(pub.items.every((i) => i.minutes === null)).toBe(true);
  });

  it('is not loaded twice', async () => {
    const ds = app.get(DataSource);
    // The summit's own items: other suites share this database and add agenda items of their own meanwhile.
    const count = async () =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM agenda_item i JOIN agenda a ON a.id = i.agenda_id WHERE a.meeting_id = $1`,
          [summitId],
        )
      )[0].n as number;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const log: string[] = [];
    // At the suite's "now", as test/seed.ts loaded it (a reload at another time may move statuses).
    await seedDemoData(ds, (m) => log.push(m), testNow());
    expect(log).toContain('demo data (agenda): already present, nothing added');
    expect(await count()).toBe(before);
  });
});
