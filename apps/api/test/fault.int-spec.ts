import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { bearer, createTestAgency, createTestUser, signInWithToken } from './identity-fixtures';
import { createTestApp } from './test-app';

const run = promisify(execFile);
const CONTROL = resolve(__dirname, 'fault/embedded-pg.mjs');

// PostgreSQL restarted under a steady stream of meeting creations with Idempotency-Key and
// retries. A throwaway embedded PostgreSQL of this spec's own (DATABASE_URL's server cannot be
// stopped), a real app on it. Nothing here measures time: the outage lasts a number of answered
// requests, and "ready again" is a bounded number of polls at a fixed interval.

const CLIENTS = 3;
/** Pause between one client's requests. */
const PACE_MS = 40;
/** Creations per client before the outage, and after the database is back. */
const BEFORE = 5;
const AFTER = 5;
/** Every client sees this many 503s before the database comes back. */
const OUTAGE_503S = 3;
/** Readiness polls after the restart, at a fixed interval: 40 × 250 ms is 10 s. */
const READY_POLLS = 40;
const READY_POLL_MS = 250;
/** Retries of one creation (same key) before a client gives up on it. */
const MAX_TRIES = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Creation {
  key: string;
  title: string;
  /** Statuses of every try, in order. */
  statuses: number[];
  /** The meeting of the 2xx answers (one per 2xx: a replay must name the same one). */
  ids: string[];
}

describe('fault: PostgreSQL restarted while clients create meetings', () => {
  let dir: string;
  let port: number;
  let app: NestFastifyApplication;
  const log = (m: string) => process.stdout.write(`[fault] ${m}\n`);
  const startServer = async () =>
    (await run(process.execPath, [CONTROL, 'start', resolve(dir, 'data'), String(port), 'cumbre_fault'])).stdout;
  const stopServer = () => run(process.execPath, [CONTROL, 'stop', resolve(dir, 'data')]);

  beforeAll(async () => {
    dir = mkdtempSync(resolve(tmpdir(), 'cumbre-fault-'));
    chmodSync(dir, 0o755);
    // Below Linux's ephemeral ports (32768–60999): while the server is away, an outgoing
    // connection's local end could take its port, and the restart would fail to bind it.
    port = 10000 + Math.floor(Math.random() * 10000);
    const url = await startServer();
    app = await createTestApp({ DATABASE_URL: url, DB_CONNECT_TIMEOUT_MS: '1000' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dir) {
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 (never 500) while it is away, is ready again within 10 s, and keeps every 2xx exactly once', async () => {
    const agencyId = await createTestAgency(app);
    const user = await createTestUser(app, { memberships: [{ agencyId, role: 'staff' }] });
    const auth = bearer((await signInWithToken(app, user)).accessToken);

    const statuses = new Map<number, number>();
    const creations: Creation[] = [];
    let phase: 'before' | 'outage' | 'back' = 'before';
    let stop = false;
    const outage503s = new Array<number>(CLIENTS).fill(0);
    const createdIn = { before: 0, outage: 0, back: 0 };

    /** One creation: tries with the same key and body until a 2xx, or a final 4xx. */
    async function create(client: number, n: number): Promise<void> {
      const c: Creation = { key: `fault-${client}-${n}`, title: `Fault ${client}-${n}`, statuses: [], ids: [] };
      creations.push(c);
      for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/meetings',
          headers: { ...auth, 'idempotency-key': c.key },
          payload: { title: c.title, hostAgencyId: agencyId },
        });
        c.statuses.push(res.statusCode);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode === 503 && phase === 'outage') outage503s[client]++;
        if (res.statusCode >= 200 && res.statusCode < 300) {
          c.ids.push((res.json() as { id: string }).id);
          if (c.ids.length === 1) createdIn[phase]++;
          // Every other creation is sent once more with its key: a replay, not a second meeting.
          if (c.ids.length === 1 && n % 2 === 0) continue;
          return;
        }
        // 503: the database is away; 409: the key's first try is still pending. Both are retried.
        if (res.statusCode !== 503 && res.statusCode !== 409) return;
        await sleep(PACE_MS);
      }
    }

    async function runClient(client: number): Promise<void> {
      for (let n = 0; !stop; n++) {
        await create(client, n);
        await sleep(PACE_MS);
      }
    }

    /** Waits, in steps of PACE_MS and at most `steps` of them, until `done()`. */
    async function until(done: () => boolean, steps: number): Promise<boolean> {
      for (let i = 0; i < steps && !done(); i++) await sleep(PACE_MS);
      return done();
    }

    const clients = Array.from({ length: CLIENTS }, (_, i) => runClient(i));
    expect(await until(() => createdIn.before >= CLIENTS * BEFORE, 2_000)).toBe(true);

    phase = 'outage';
    await stopServer();
    expect(await until(() => outage503s.every((n) => n >= OUTAGE_503S), 2_000)).toBe(true);
    const readyWhileDown = (await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode;
    const liveWhileDown = (await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode;

    await startServer();
    let polls = 0;
    let ready = 0;
    while (polls < READY_POLLS && ready !== 200) {
      polls++;
      ready = (await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode;
      if (ready !== 200) await sleep(READY_POLL_MS);
    }
    phase = 'back';
    expect(await until(() => createdIn.back >= CLIENTS * AFTER, 2_000)).toBe(true);
    stop = true;
    await Promise.all(clients);

    // What the database holds, read directly.
    const ds = app.get(DataSource);
    const meetings: { id: string; title: string; audits: number; invitations: number }[] = await ds.query(
      `SELECT m.id, m.title,
              (SELECT count(*)::int FROM audit_event a WHERE a.object_id = m.id::text AND a.action = 'meeting.created') AS audits,
              (SELECT count(*)::int FROM meeting_invitation i WHERE i.meeting_id = m.id) AS invitations
         FROM meeting m WHERE m.title LIKE 'Fault %'`,
    );
    const keys: { key: string; status: string; id: string | null }[] = await ds.query(
      `SELECT key, status, response_body->>'id' AS id FROM idempotency_key WHERE user_id = $1`,
      [user.id],
    );
    const answered = creations.filter((c) => c.ids.length > 0);
    const replays = creations.reduce((n, c) => n + Math.max(0, c.ids.length - 1), 0);
    const count = (pred: (s: number) => boolean) =>
      [...statuses].filter(([s]) => pred(s)).reduce((n, [, c]) => n + c, 0);
    log(
      `${creations.length} creations by ${CLIENTS} clients, ${count(() => true)} requests ` +
        `(${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, c]) => `${s}×${c}`)
          .join(', ')}); ` +
        `${answered.length} answered 2xx (${createdIn.before} before the outage, ${createdIn.outage} during, ${createdIn.back} after), ` +
        `${replays} replays with the same key; ${meetings.length} meetings in the database; ` +
        `while down: ready ${readyWhileDown}, live ${liveWhileDown}; ready again after ${polls} polls at ${READY_POLL_MS} ms`,
    );

    // Never a 500: only 2xx, 503 while away, 409 for a key whose first try is still pending.
    expect([...statuses.keys()].filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect([...statuses.keys()].filter((s) => s >= 400 && s < 500 && s !== 409)).toEqual([]);
    expect(outage503s.every((n) => n >= OUTAGE_503S)).toBe(true);
    expect(readyWhileDown).toBe(503);
    expect(liveWhileDown).toBe(200);
    // Ready again within 10 s of the restart: within READY_POLLS polls READY_POLL_MS apart.
    expect(ready).toBe(200);
    expect(polls).toBeLessThanOrEqual(READY_POLLS);

    // Every creation was answered in the end, each 2xx names one meeting, replays the same one.
    expect(creations.filter((c) => c.ids.length === 0).map((c) => `${c.key}: ${c.statuses.join(' ')}`)).toEqual([]);
    for (const c of answered) expect(new Set(c.ids).size).toBe(1);
    // Every 2xx is in the database exactly once, and the database has nothing no one was told of.
    const byTitle = new Map<string, string[]>();
    for (const m of meetings) byTitle.set(m.title, [...(byTitle.get(m.title) ?? []), m.id]);
    expect([...byTitle].filter(([, ids]) => ids.length !== 1)).toEqual([]);
    expect(new Set(meetings.map((m) => m.id))).toEqual(new Set(answered.map((c) => c.ids[0])));
    // Nothing half-written: each meeting has its audit event and the invitations every create makes.
    expect(meetings.filter((m) => m.audits !== 1)).toEqual([]);
    expect(new Set(meetings.map((m) => m.invitations)).size).toBe(1);
    // Every key is completed with the answer that was given, none is left pending.
    expect(keys.filter((k) => k.status !== 'completed')).toEqual([]);
    const answerOf = new Map(answered.map((c) => [c.key, c.ids[0]]));
    expect(keys.filter((k) => answerOf.get(k.key) !== k.id)).toEqual([]);
  });
});
