// No N+1 (issue #12): every list endpoint issues the same number of SQL statements whether it
// returns N rows or 10·N. Statements are counted where every query of the app passes
// (TypeORM's PostgresQueryRunner.query: repositories, query builders and raw queries alike)
// while one request is served; each endpoint must also really return more rows the second time.
import type { AgendaDto } from '@cumbre/contracts';
import { addItem, agendaUrl } from './agenda-world';
import { createTestUser, signInWithToken, unique } from './identity-fixtures';
import { PublicContent } from '../src/common/public-content/public-content.service';
import { FeedCache } from '../src/calendar/feed-cache';
import { fewestStatementsOf } from './statement-count';
import { call, createMeeting, invite, schedule, useMeetingWorld, type Persona } from './meeting-world';

const N = 2;

interface Endpoint {
  name: string;
  who: Persona | 'anonymous';
  url: () => string;
  /** How many rows the answer holds (the thing that must not drive the statement count). */
  rows: (body: string) => number;
  /**
   * Answers from a cache of built bodies checked by a version query (calendar feeds): counted
   * with every run building, since whether a run finds the body cached depends on other specs'
   * writes to the shared feed between runs, not on the rows.
   */
  built?: true;
}

const items = (body: string) => (JSON.parse(body) as { items: unknown[] }).items.length;
const events = (body: string) => body.split('BEGIN:VEVENT').length - 1;

describe('SQL statements per list endpoint do not grow with the rows returned', () => {
  const w = useMeetingWorld();
  const tag = unique('qc');
  let bigMeetingId: string;
  let feedPath: string;
  let firstNoteId: string;
  let seeded = 0;

  /**
   * One more of every listed thing: agency, user, sharing group, session, public meeting with
   * invitations, agenda item with minutes, decision and action item, two notes and a comment.
   */
  async function seedOne(): Promise<void> {
    const k = seeded++;
    const agency = await call(w, 'admin', 'POST', '/api/agencies', {
      name: `${tag} agencia ${k}`,
      shortName: `${tag}-${k}`,
      kind: 'other',
    });
    expect([agency.statusCode, agency.statusCode === 201 ? '' : agency.body]).toEqual([201, '']);
    const agencyId = (agency.json() as { id: string }).id;
    await createTestUser(w.app, {
      displayName: `${tag} usuario ${k}`,
      memberships: [{ agencyId: w.agencies.invited, role: 'staff' }],
    });
    const group = await call(w, 'admin', 'POST', '/api/sharing-groups', {
      name: `${tag} grupo ${k}`,
      agencyIds: [agencyId, w.agencies.invited],
    });
    expect(group.statusCode).toBe(201);
    await signInWithToken(w.app, w.users.convener);

    const m = await createMeeting(w, { visibility: 'public' });
    await invite(w, m.id, [w.agencies.invited, w.agencies.other, agencyId]);
    await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json());

    const item = await addItem(w, bigMeetingId, { title: `${tag} punto ${k}` });
    const url = `${agendaUrl(bigMeetingId)}/items/${item.id}`;
    const writes = [
      await call(w, 'convener', 'PUT', `${url}/minutes`, { notes: `Notas ${k}`, version: 0 }),
      await call(w, 'convener', 'POST', `${url}/decisions`, {
        text: `Acuerdo ${k}`,
        endorsedAgencyIds: [w.agencies.invited],
      }),
      await call(w, 'convener', 'POST', `${url}/action-items`, {
        what: `Tarea ${k}`,
        ownerAgencyId: w.agencies.invited,
        ownerUserId: w.users.invitedStaff.id,
        dueDate: '2027-06-30',
      }),
    ];
    // Notes: a best practice and an intelligence note (whose search hits are written to the read trail), and a comment.
    const notes = [
      await call(w, 'hostStaff', 'POST', '/api/notes', {
        kind: 'best_practice',
        authorAgencyId: w.agencies.host,
        title: `Buena práctica ${k}`,
        body: `Texto ${k}`,
        status: 'shared',
      }),
      await call(w, 'hostStaff', 'POST', '/api/notes', {
        kind: 'intelligence',
        authorAgencyId: w.agencies.host,
        title: `Informe ${k}`,
        body: `Texto ${k}`,
        status: 'shared',
        marking: 'GREEN',
        distribution: 'all_agencies',
      }),
      await call(w, 'invitedStaff', 'POST', `/api/notes/${firstNoteId}/comments`, { body: `Comentario ${k}` }),
      await call(w, 'hostLeader', 'POST', '/api/announcements', {
        title: `Anuncio ${tag} ${k}`,
        summary: 'Resumen',
        body: 'Texto',
        agencyId: w.agencies.host,
        status: 'published',
      }),
    ];
    expect([...writes, ...notes].map((r) => [r.statusCode, r.statusCode < 300 ? '' : r.body])).toEqual([
      [200, ''],
      [201, ''],
      [201, ''],
      [201, ''],
      [201, ''],
      [201, ''],
      [201, ''],
    ]);
  }

  const ENDPOINTS: Endpoint[] = [
    { name: 'my meetings', who: 'invitedStaff', url: () => '/api/meetings?limit=100', rows: items },
    {
      name: 'all meetings (admin)',
      who: 'admin',
      url: () => `/api/meetings?scope=all&agencyId=${w.agencies.invited}&limit=100`,
      rows: items,
    },
    { name: 'agency directory', who: 'admin', url: () => `/api/agencies?q=${tag}&limit=500`, rows: items },
    { name: 'users (admin)', who: 'admin', url: () => `/api/users?search=${tag}&limit=100`, rows: items },
    { name: 'sharing groups', who: 'admin', url: () => `/api/sharing-groups?q=${tag}&limit=500`, rows: items },
    { name: 'notifications', who: 'invitedLeader', url: () => '/api/notifications?limit=100', rows: items },
    {
      name: 'home',
      who: 'convener',
      url: () => '/api/home',
      rows: (b) => (JSON.parse(b) as { convening: unknown[] }).convening.length,
    },
    {
      name: 'action plan',
      who: 'invitedStaff',
      url: () => `/api/action-items?meetingId=${bigMeetingId}&limit=500`,
      rows: items,
    },
    {
      name: 'agenda with outcomes',
      who: 'invitedStaff',
      url: () => agendaUrl(bigMeetingId),
      rows: (b) => (JSON.parse(b) as AgendaDto).items.length,
    },
    {
      name: 'audit log (admin)',
      who: 'admin',
      url: () => `/api/audit?actorUserId=${w.users.convener.id}&limit=200`,
      rows: items,
    },
    {
      name: 'my sessions',
      who: 'convener',
      url: () => '/api/auth/sessions',
      rows: (b) => (JSON.parse(b) as unknown[]).length,
    },
    {
      name: 'note search',
      who: 'invitedStaff',
      url: () => `/api/notes?agency=${w.agencies.host}&limit=50`,
      rows: items,
    },
    {
      name: 'note comments',
      who: 'invitedStaff',
      url: () => `/api/notes/${firstNoteId}/comments`,
      rows: (b) => (JSON.parse(b) as unknown[]).length,
    },
    {
      name: 'public announcements',
      who: 'anonymous',
      url: () => `/api/public/announcements?agencyId=${w.agencies.host}&limit=50`,
      rows: items,
    },
    { name: 'announcements (staff)', who: 'hostLeader', url: () => '/api/announcements?limit=100', rows: items },
    { name: 'personal calendar feed', who: 'anonymous', url: () => feedPath, rows: events, built: true },
    {
      name: 'public calendar feed',
      who: 'anonymous',
      url: () => '/api/calendar/public.ics',
      rows: events,
      built: true,
    },
  ];

  /** Runs `work` with every feed request building its body (a fresh cache key per request). */
  async function alwaysBuilding<T>(work: () => Promise<T>): Promise<T> {
    const answer = FeedCache.prototype.answer;
    let n = 0;
    const spy = jest.spyOn(FeedCache.prototype, 'answer').mockImplementation(function (this: FeedCache, feed, ...rest) {
      return answer.call(this, `${feed}#${n++}`, ...rest);
    });
    try {
      return await work();
    } finally {
      spy.mockRestore();
    }
  }

  async function measure(e: Endpoint): Promise<{ statements: number; rows: number }> {
    // The seeds' public changes are announced just after their commits: let that settle first.
    await w.app.get(PublicContent).flushed();
    const get = () => call(w, e.who, 'GET', e.url());
    const { statements, result: res } = e.built
      ? await alwaysBuilding(() => fewestStatementsOf(get))
      : await fewestStatementsOf(get);
    expect([e.name, res.statusCode, res.statusCode === 200 ? '' : res.body]).toEqual([e.name, 200, '']);
    // QUERY_COUNT_SHOW="<endpoint name>" prints its statements, to see which one appeared.
    if (process.env['QUERY_COUNT_SHOW'] === e.name)
      console.log(statements.map((c) => c.replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
    return { statements: statements.length, rows: e.rows(res.body) };
  }

  beforeAll(async () => {
    const big = await createMeeting(w, { title: `${tag} agenda grande` });
    await invite(w, big.id, [w.agencies.invited, w.agencies.other]);
    await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${big.id}`)).json());
    bigMeetingId = big.id;
    // A list skips its follow-up read while it is empty (home: the meetings named by "convening"
    // that are not among the next meetings): a draft awaiting answers makes it non-empty from
    // the first measurement, so that only rows, not a first row, can change the count.
    const draft = await createMeeting(w, { title: `${tag} borrador` });
    await invite(w, draft.id, [w.agencies.invited]);
    const note = await call(w, 'hostStaff', 'POST', '/api/notes', {
      kind: 'best_practice',
      authorAgencyId: w.agencies.host,
      title: `${tag} nota comentada`,
      body: 'Texto',
      status: 'shared',
    });
    expect([note.statusCode, note.statusCode === 201 ? '' : note.body]).toEqual([201, '']);
    firstNoteId = (note.json() as { id: string }).id;
    const feed = await call(w, 'invitedStaff', 'POST', '/api/calendar/feed');
    expect(feed.statusCode).toBe(201);
    feedPath = new URL((feed.json() as { url: string }).url).pathname;
  });

  it(`answers N and 10·N rows (N = ${N}) with the same statements on every list endpoint`, async () => {
    while (seeded < N) await seedOne();
    const small: Record<string, { statements: number; rows: number }> = {};
    for (const e of ENDPOINTS) small[e.name] = await measure(e);
    while (seeded < 10 * N) await seedOne();
    const large: Record<string, { statements: number; rows: number }> = {};
    for (const e of ENDPOINTS) large[e.name] = await measure(e);

    const grew = ENDPOINTS.filter((e) => large[e.name].rows <= small[e.name].rows).map((e) => e.name);
    expect({ didNotGrow: grew }).toEqual({ didNotGrow: [] });
    const statements = (r: typeof small) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.statements]));
    // Every endpoint was seen querying (a count of 0 would mean its statements went uncounted).
    const unseen = ENDPOINTS.filter((e) => small[e.name].statements === 0 || large[e.name].statements === 0).map(
      (e) => e.name,
    );
    expect({ unseen }).toEqual({ unseen: [] });
    expect(statements(large)).toEqual(statements(small));
  }, 180_000);
});
