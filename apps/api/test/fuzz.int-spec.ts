import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { freshDatabase, type FreshDatabase } from './fresh-database';
import { changedTables, fingerprint, fingerprintQuery, FuzzTally, responseProblem } from './fuzz/fuzz-checks';
import { requestsFor, type FuzzRequest } from './fuzz/fuzz-requests';
import { listOperations, type OpenApiDocument } from './fuzz/openapi-schema';
import {
  bearer,
  createTestAgency,
  createTestUser,
  randomIp,
  signInWithToken,
  type TestUser,
} from './identity-fixtures';
import { createTestApp } from './test-app';

// Every operation of the OpenAPI document, as anonymous, a staff member and an admin, with
// requests that fast-check spoils (types, sizes, nesting, Unicode, JSON, content types, paths,
// queries). Zero 5xx; every 4xx carries the error body; a refused request changes nothing.
// CI runs FUZZ_RUNS (default 10) per operation and persona; `npm run fuzz` runs 300.
// FUZZ_SEED=<the printed seed> replays a run.

const RUNS = Number(process.env['FUZZ_RUNS'] || 10);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Date.now() % 2_147_483_647;
const PERSONAS = ['anonymous', 'staff', 'admin'] as const;
/**
 * Operations whose every answer costs seconds by design (an enrolment hashes ten recovery codes
 * with argon2) and that take no body: a few requests each say all there is to say.
 */
const FEW_RUNS: Record<string, number> = { 'POST /api/auth/two-factor/enrolment': 3 };
type Persona = (typeof PERSONAS)[number];

/** A seed per operation and persona, so that one of them replays alone. */
function seedFor(operation: string, persona: string): number {
  let h = SEED | 0;
  for (const c of `${operation} ${persona}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/** What an anonymous caller may present instead of a session. */
const junkCredentials = fc.constantFrom<Record<string, string>>(
  {},
  {},
  { authorization: 'Bearer x' },
  { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
  { authorization: 'Basic Zm9vOmJhcg==' },
  { authorization: `Bearer ${'a'.repeat(5_000)}` },
  { cookie: 'cumbre_at=garbage; XSRF-TOKEN=x', 'x-xsrf-token': 'x' },
);

// Every operation × persona × run, each followed by a whole-database fingerprint: it grows with
// the API, and a loaded CI machine is slow; a bound that only catches a hang.
jest.setTimeout(Math.max(600_000, RUNS * 60_000));

describe('fuzz: every operation of the OpenAPI document', () => {
  let db: FreshDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let doc: OpenApiDocument;
  let sql: string;
  const users: Partial<Record<Persona, TestUser>> = {};
  const auth: Record<Persona, Record<string, string>> = { anonymous: {}, staff: {}, admin: {} };
  const knownIds: string[] = [];

  beforeAll(async () => {
    // A database of its own: whole-table checksums must not see other specs' writes.
    db = await freshDatabase('cumbre_fuzz');
    app = await createTestApp({ DATABASE_URL: db.url });
    ds = app.get(DataSource);
    doc = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json() as OpenApiDocument;

    const agencyId = await createTestAgency(app);
    const otherAgencyId = await createTestAgency(app);
    users.staff = await createTestUser(app, { memberships: [{ agencyId, role: 'staff' }] });
    users.admin = await createTestUser(app, { platformRoles: ['admin'] });
    const target = await createTestUser(app, { memberships: [{ agencyId: otherAgencyId, role: 'leader' }] });
    for (const persona of ['staff', 'admin'] as const) {
      auth[persona] = bearer((await signInWithToken(app, users[persona] as TestUser)).accessToken);
    }
    // Real rows for path parameters, so that spoiled bodies reach the services behind the 404s.
    const meeting = await app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: auth.staff,
      payload: { title: 'Reunión de prueba', hostAgencyId: agencyId },
    });
    expect(meeting.statusCode).toBe(201);
    const group = await app.inject({
      method: 'POST',
      url: '/api/sharing-groups',
      headers: auth.admin,
      payload: { name: 'Grupo de prueba', agencyIds: [agencyId, otherAgencyId] },
    });
    knownIds.push(agencyId, otherAgencyId, target.id, (meeting.json() as { id: string }).id);
    if (group.statusCode === 201) knownIds.push((group.json() as { id: string }).id);
    sql = await fingerprintQuery(ds);
    process.stdout.write(
      `[fuzz] seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${RUNS} requests per operation and persona\n`,
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** Signs a persona in again when a request (a logout, say) ended its session. */
  async function keepSignedIn(persona: Persona): Promise<void> {
    if (persona === 'anonymous') return;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: auth[persona] });
    if (me.statusCode === 401)
      auth[persona] = bearer((await signInWithToken(app, users[persona] as TestUser)).accessToken);
  }

  it('answers every spoiled request with a coded 4xx (never a 5xx) and a refused one changes nothing', async () => {
    // Event streams answer an accepted request with a response that never ends: inject would
    // wait for ever. Their refusals (404, 401) are tested in their own specs over a real socket.
    const operations = listOperations(doc).filter(
      (op) =>
        !op.path.endsWith('/events') &&
        !JSON.stringify((op.operation as { responses?: unknown }).responses ?? {}).includes('text/event-stream'),
    );
    expect(operations.length).toBeGreaterThan(40);
    const tally = new FuzzTally();
    const failures: string[] = [];
    let checkedRefusals = 0;
    let last = await fingerprint(ds, sql);

    for (const [index, op] of operations.entries()) {
      for (const persona of PERSONAS) {
        const requests = fc.tuple(
          requestsFor(doc, op, knownIds),
          persona === 'anonymous' ? junkCredentials : fc.constant({}),
        );
        const property = fc.asyncProperty(
          requests,
          async ([req, credentials]: [FuzzRequest, Record<string, string>]) => {
            const res = await app.inject({
              method: req.method as 'GET',
              url: req.url,
              // Each request from an address of its own: the sign-in throttle is not what is tested.
              headers: { ...req.headers, ...credentials, ...auth[persona], 'x-forwarded-for': randomIp() },
              ...(req.payload !== undefined && { payload: req.payload }),
            });
            tally.add(op.name, persona, res.statusCode);
            const what = `${persona} ${req.method} ${req.url.slice(0, 200)} [${req.kind}]`;
            const problem = responseProblem(res.statusCode, res.body);
            if (problem) throw new Error(`${what}: ${problem}`);
            const now = await fingerprint(ds, sql);
            if (res.statusCode >= 400) {
              checkedRefusals++;
              const changed = changedTables(last, now);
              if (changed.length)
                throw new Error(`${what}: refused with ${res.statusCode} but changed ${changed.join(', ')}`);
            }
            last = now;
          },
        );
        try {
          await fc.assert(property, {
            seed: seedFor(op.name, persona),
            numRuns: Math.min(RUNS, FEW_RUNS[op.name] ?? RUNS),
            endOnFailure: true,
          });
        } catch (err) {
          const cause = (err as Error & { cause?: Error }).cause;
          const seedLine = (err as Error).message.split('\n').find((l) => l.includes('seed')) ?? '';
          failures.push(`${op.name} as ${persona}: ${cause?.message ?? (err as Error).message} ${seedLine}`);
          last = await fingerprint(ds, sql);
        }
        await keepSignedIn(persona);
        last = await fingerprint(ds, sql);
      }
      // The long run takes a while: one line per operation as it ends, so an interrupted run
      // still says how far it came.
      if (RUNS > 10) process.stdout.write(`[fuzz ${index + 1}/${operations.length}] ${tally.line(op.name).trim()}\n`);
    }

    process.stdout.write(
      `[fuzz] ${tally.total} requests over ${operations.length} operations × ${PERSONAS.length} personas ` +
        `(seed ${SEED}); ${checkedRefusals} refusals checked against the database\n${tally.report()}\n`,
    );
    expect(failures).toEqual([]);
  });
});
