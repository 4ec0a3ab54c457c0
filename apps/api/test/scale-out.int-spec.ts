import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page, PublicAnnouncementDto, PublicAnnouncementSummaryDto } from '@cumbre/contracts';
import Redis from 'ioredis';
import { firstValueFrom, take, timeout, toArray } from 'rxjs';
import { DataSource } from 'typeorm';
import { AnnouncementPublisher } from '../src/announcements/announcement-publisher.service';
import { PublicContent } from '../src/common/public-content/public-content.service';
import { RateLimiter } from '../src/common/rate-limit/rate-limiter';
import { RealtimeService } from '../src/realtime/realtime.service';
import { freshDatabase, FreshDatabase } from './fresh-database';
import { createTestUser, randomIp, TEST_PASSWORD } from './identity-fixtures';
import {
  approve,
  createPublicWorld,
  freshEmail,
  freshIp,
  postComment,
  publishAnnouncement,
  PublicWorld,
} from './public-world';
import { dropKeys, testRedis, TestRedis } from './redis-server';
import { seedTestData } from './seed';
import { createTestApp, useTestApp } from './test-app';
import { testNow } from './test-clock';

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await check()).toBe(true);
}

/**
 * Issue #12, scale-out: two API instances (two Nest apps) on one database of this spec's own,
 * once with the rate limits in PostgreSQL (no REDIS_URL) and once in Redis (REDIS_URL, a key
 * prefix of this run's own). Whatever one instance counts, announces or runs, the other sees:
 * rate limits, live agenda events, public cache invalidations, and scheduled jobs run once.
 */
describe.each([
  { store: 'postgres' as const, label: 'rate limits in PostgreSQL' },
  { store: 'redis' as const, label: 'rate limits in Redis (REDIS_URL)' },
])('two API instances on one database, $label', ({ store }) => {
  let db: FreshDatabase;
  let redis: TestRedis | undefined;
  const prefix = `cumbre-test-${randomBytes(4).toString('hex')}:`;
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let w: PublicWorld;

  beforeAll(async () => {
    db = await freshDatabase('cumbre_scale');
    const env: Record<string, string> = { DATABASE_URL: db.url, LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' };
    if (store === 'redis') {
      redis = await testRedis();
      Object.assign(env, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix });
    }
    a = await createTestApp(env);
    await seedTestData(a.get(DataSource));
    b = await createTestApp(env);
    w = await createPublicWorld(a);
  }, 60_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    if (redis) {
      await dropKeys(redis.url, prefix);
      await redis.stop();
    }
  });

  it('both instances count on the chosen store', () => {
    expect(a.get(RateLimiter).store).toBe(store);
    expect(b.get(RateLimiter).store).toBe(store);
  });

  it('a comment limit reached through one instance holds on the other', async () => {
    const ann = await publishAnnouncement(a, w);
    const ip = freshIp();
    expect((await postComment(a, ann.slug, {}, ip)).res.statusCode).toBe(201);
    const onB = await postComment(b, ann.slug, {}, ip);
    expect(onB.res.statusCode).toBe(429);
    expect(onB.res.json()).toMatchObject({ code: 'comment.rate_limited', params: { scope: 'ip', window: 'burst' } });
    expect(Number(onB.res.headers['retry-after'])).toBeGreaterThan(0);

    // Parallel posts of one new author, spread over both instances: exactly one gets through.
    const email = freshEmail();
    const results = await Promise.all(
      [a, b, a, b, a, b].map((app) => postComment(app, ann.slug, { email }).then((r) => r.res.statusCode)),
    );
    expect(results.sort()).toEqual([201, 429, 429, 429, 429, 429]);

    // The hits are where the store says: rows in PostgreSQL, or a sorted set in Redis.
    const key = `comment:email:${email}`;
    const [{ n: rows }] = await a
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM rate_limit_hit WHERE key = $1', [key]);
    if (store === 'postgres') {
      expect(rows).toBe(1);
    } else {
      expect(rows).toBe(0);
      const client = new Redis((redis as TestRedis).url);
      try {
        expect(await client.zcard(`${prefix}rl:${key}`)).toBe(1);
      } finally {
        client.disconnect();
      }
    }
  });

  it('the limiter counts across instances, by the domain clock, and takes back a hit whose change rolled back', async () => {
    const key = `test:${randomUUID()}`;
    const rule = { minGapSeconds: 0, windowSeconds: 60, max: 2 };
    const t0 = Date.parse('2026-12-05T14:00:00Z');
    const take = (app: NestFastifyApplication, atSeconds: number) =>
      app
        .get(DataSource)
        .transaction((m) => app.get(RateLimiter).take(m, [key], rule, new Date(t0 + atSeconds * 1000)));

    expect((await take(a, 0)).ok).toBe(true);
    // A take whose change rolls back: PostgreSQL drops the row with it, Redis gets `forget`.
    let ticket: import('../src/common/rate-limit/rate-limiter').RateTicket | undefined;
    await expect(
      b.get(DataSource).transaction(async (m) => {
        const d = await b.get(RateLimiter).take(m, [key], rule, new Date(t0 + 1000));
        if (d.ok) ticket = d.ticket;
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    if (!ticket) throw new Error('the rolled-back take was refused');
    await b.get(RateLimiter).forget(ticket);

    expect((await take(b, 2)).ok).toBe(true);
    expect(await take(a, 3)).toEqual({ ok: false, limited: { keyIndex: 0, retryAfterSeconds: 57, limit: 'max' } });
    expect((await take(b, 61)).ok).toBe(true); // the first hit aged out
  });

  it('a refused take records nothing, even when the change around it commits', async () => {
    const key = `test:${randomUUID()}`;
    const rule = { minGapSeconds: 10, windowSeconds: 60, max: null };
    const at = (s: number) => new Date(Date.parse('2026-12-05T15:00:00Z') + s * 1000);
    const take = (app: NestFastifyApplication, s: number) =>
      app.get(DataSource).transaction((m) => app.get(RateLimiter).take(m, [key], rule, at(s)));
    expect((await take(a, 0)).ok).toBe(true);
    expect(await take(b, 4)).toEqual({ ok: false, limited: { keyIndex: 0, retryAfterSeconds: 6, limit: 'gap' } });
    // Had the refused take left its hit, the gap would count from second 4 and refuse this one.
    expect((await take(a, 11)).ok).toBe(true);
    if (store === 'postgres') {
      const [{ n }] = await a
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM rate_limit_hit WHERE key = $1', [key]);
      expect(n).toBe(2);
    }
  });

  // Redis expires its sorted sets itself; PostgreSQL's rows are pruned by the takes.
  if (store === 'postgres') {
    it('expired hits are pruned now and then, those still counting are kept', async () => {
      const db = a.get(DataSource);
      const at = new Date(Date.parse('2026-12-05T16:00:00Z'));
      const expired = `test:${randomUUID()}`;
      const live = `test:${randomUUID()}`;
      await db.query(
        `INSERT INTO rate_limit_hit (key, hit_id, at, expires_at) VALUES
           ($1, gen_random_uuid(), $3::timestamptz - interval '2 minutes', $3::timestamptz - interval '1 minute'),
           ($2, gen_random_uuid(), $3::timestamptz - interval '2 minutes', $3::timestamptz + interval '1 minute')`,
        [expired, live, at],
      );
      // Every 16th take of an instance prunes: sixteen takes on other keys include one.
      const rule = { minGapSeconds: 0, windowSeconds: 60, max: null };
      for (let i = 0; i < 16; i++) {
        await db.transaction((m) => a.get(RateLimiter).take(m, [`test:${randomUUID()}`], rule, at));
      }
      const rows: { key: string }[] = await db.query('SELECT key FROM rate_limit_hit WHERE key = ANY($1)', [
        [expired, live],
      ]);
      expect(rows.map((r) => r.key)).toEqual([live]);
    });
  }

  it('sign-in failures through one instance lock the account on the other', async () => {
    const user = await createTestUser(a);
    const attempt = (app: NestFastifyApplication, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/token',
        headers: { 'x-forwarded-for': randomIp() },
        payload: { email: user.email, password },
      });
    for (const app of [a, b, a]) expect((await attempt(app, 'wrong-password-1')).statusCode).toBe(401);
    expect((await attempt(b, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('a live agenda event published through either instance reaches subscribers of both', async () => {
    const topic = `agenda:${randomUUID()}`;
    const received = [a, b].map((app) =>
      firstValueFrom(app.get(RealtimeService).subscribe([topic]).pipe(take(2), toArray(), timeout(8000))),
    );
    const publish = (app: NestFastifyApplication, n: number) =>
      app.get(DataSource).transaction((m) => app.get(RealtimeService).publish(m, topic, { kind: 'item.updated', n }));
    const first = await publish(a, 1);
    const second = await publish(b, 2);
    for (const events of await Promise.all(received)) {
      expect(events.map((e) => [e.id, e.payload])).toEqual([
        [first, { kind: 'item.updated', n: 1 }],
        [second, { kind: 'item.updated', n: 2 }],
      ]);
    }
  });

  it("a change through one instance drops the other's cached public answer", async () => {
    const ann = await publishAnnouncement(a, w);
    const url = `/api/public/announcements/${ann.slug}`;
    const read = async () => (await b.inject({ method: 'GET', url })).json() as PublicAnnouncementDto;
    const cache = b.get(PublicContent).apiCache;
    // B answers from its cache (once the announcement of A's own write has reached it).
    await eventually(async () => {
      const hits = cache.stats.hits;
      return (await read()).commentCount === 0 && cache.stats.hits === hits + 1;
    });
    const drops = cache.stats.drops;

    const comment = await postComment(a, ann.slug, { text: 'Un comentario aprobado en la instancia A' });
    await approve(a, w, comment.body.id);
    await eventually(async () => (await read()).commentCount === 1);
    expect(cache.stats.drops).toBeGreaterThan(drops);
    expect((await read()).comments.map((c) => c.text)).toEqual(['Un comentario aprobado en la instancia A']);
  });

  it('a scheduled job run by both instances at once does its work once', async () => {
    const publishAt = new Date(testNow().getTime() + 3600_000);
    const scheduled = await publishAnnouncement(a, w, { status: 'scheduled', publishAt: publishAt.toISOString() });
    const list = async () =>
      (
        (
          await b.inject({ method: 'GET', url: '/api/public/announcements' })
        ).json() as Page<PublicAnnouncementSummaryDto>
      ).items;
    expect((await list()).map((i) => i.slug)).not.toContain(scheduled.slug); // and B caches that list

    const due = new Date(publishAt.getTime() + 60_000);
    const runs = await Promise.all([a, b, a, b].map((app) => app.get(AnnouncementPublisher).runOnce(due)));
    expect(runs.flat().filter((id) => id === scheduled.id)).toHaveLength(1);
    const [{ n }] = await a
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'announcement.published_on_schedule' AND object_id = $1`,
        [scheduled.id],
      );
    expect(n).toBe(1);
    await eventually(async () => (await list()).some((i) => i.slug === scheduled.slug));
  });
});

describe('with REDIS_URL set and Redis away', () => {
  // Nothing listens on port 1: every Redis command fails at once.
  const t = useTestApp({
    REDIS_URL: 'redis://127.0.0.1:1',
    REDIS_KEY_PREFIX: `cumbre-test-away-${randomBytes(3).toString('hex')}:`,
  });

  it('a comment gets 503 common.unavailable and nothing is stored; readiness reports Redis down', async () => {
    const w = await createPublicWorld(t.app);
    const ann = await publishAnnouncement(t.app, w);
    const email = freshEmail();
    const res = await postComment(t.app, ann.slug, { email });
    expect(res.res.statusCode).toBe(503);
    expect(res.res.json()).toMatchObject({ code: 'common.unavailable' });
    expect(res.res.headers['retry-after']).toBeDefined();
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM announcement_comment WHERE author_email = $1', [
      email,
    ]);
    expect(n).toBe(0);

    const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ error: { redis: { status: 'down' } }, info: { database: { status: 'up' } } });
  });
});
