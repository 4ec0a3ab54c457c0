// The raced scenarios: one entry each. `request(ctx)` builds the request (ctx: fixtures,
// token(user)); `check(body)` validates the parsed JSON before racing (true or a reason);
// `quickCheck(text)` is the per-response check during the race (status is checked too);
// `target`: `ratio` = minimum Cumbre/baseline throughput, `p99Ms` = maximum Cumbre p99.
// A scenario with `pending` is listed in the table as not run, with the reason.

export const SCENARIOS = [
  {
    name: 'agenda-delegate',
    title: 'delegate reads a 60-item agenda (issue #12, 5)',
    smoke: true,
    request: (ctx) => ({
      path: `/api/meetings/${ctx.fixtures.agendaMeetingId}/agenda`,
      headers: { authorization: `Bearer ${ctx.token(ctx.fixtures.delegate)}` },
    }),
    check: (b) => (b.items?.length === 60 ? true : `expected 60 items, got ${b.items?.length}`),
    quickCheck: (text) => text.includes('"overrunMinutes":'),
    target: { p99Ms: 50 },
  },
  {
    name: 'meetings-list',
    title: "delegate's meetings list, 20 a page",
    request: (ctx) => ({
      path: '/api/meetings?limit=20',
      headers: { authorization: `Bearer ${ctx.token(ctx.fixtures.delegate)}` },
    }),
    check: (b) =>
      b.items?.length === 20 && b.total > 20 ? true : `expected 20 of more, got ${b.items?.length}/${b.total}`,
    quickCheck: (text) => text.includes('"total":'),
    // No figure of its own in the issue: the hot-path list target of its scenario 1.
    target: { ratio: 0.75 },
  },
  {
    name: 'public-list',
    title: 'public announcement list, first page (1)',
    request: () => ({ path: '/api/public/announcements' }),
    check: (b) => (b.items?.length === 10 && b.nextCursor ? true : `expected 10 and a cursor, got ${b.items?.length}`),
    quickCheck: (text) => text.includes('"nextCursor":"'),
    target: { ratio: 0.75, p99Ms: 30 },
  },
  {
    name: 'public-list-deep',
    title: 'public announcement list, 50 pages deep by keyset (1)',
    request: (ctx) => ({ path: `/api/public/announcements?after=${ctx.fixtures.deepCursor}` }),
    check: (b) => (b.items?.length === 10 ? true : `expected 10, got ${b.items?.length}`),
    quickCheck: (text) => text.includes('"nextCursor":'),
    target: { ratio: 0.75, p99Ms: 30 },
  },
  {
    name: 'announcement-cached',
    title: 'announcement JSON with its approved comments, repeat reads (2, 3)',
    request: (ctx) => ({ path: `/api/public/announcements/${ctx.fixtures.announcementSlug}` }),
    check: (b) => (b.comments?.length === 8 ? true : `expected 8 shown comments, got ${b.comments?.length}`),
    quickCheck: (text) => text.includes('"comments":['),
    // Cumbre answers repeat reads from its own invalidated cache; the baseline builds each one:
    // the "repeat read from the cache ≥ 1.5× the uncached baseline".
    target: { ratio: 1.5 },
  },
  {
    name: 'announcement-304',
    title: 'the same with If-None-Match → 304 (3)',
    request: async (ctx) => {
      const path = `/api/public/announcements/${ctx.fixtures.announcementSlug}`;
      const etag = (await fetch(ctx.cumbreUrl + path)).headers.get('etag');
      return { path, headers: { 'if-none-match': etag }, status: 304 };
    },
    // Both must answer 304 to Cumbre's ETag: the same body gives the same ETag.
    check: (b) => (b.status === 304 ? true : 'expected 304'),
    quickCheck: () => true,
    target: { ratio: 0.9 },
  },
  {
    name: 'announcement-page',
    title: 'server-rendered announcement page (4)',
    pending: 'needs the server-rendered announcement page (branch public-web)',
    target: { ratio: 0.8 },
  },
  {
    name: 'notes-search',
    title: "analyst's full-text note search, policy in the SQL (6)",
    request: (ctx) => ({
      path: `/api/notes?q=${ctx.fixtures.noteSearch}`,
      headers: { authorization: `Bearer ${ctx.token(ctx.fixtures.analyst)}` },
    }),
    // The baseline runs the same search without the access policy (the comparison), so
    // it finds more notes: the answers are checked one by one, not against each other.
    sameAnswer: false,
    check: (b) => (b.items?.length > 0 && b.facets?.kind ? true : `expected hits and facets, got ${b.items?.length}`),
    quickCheck: (text) => text.includes('"facets":'),
    target: { ratio: 0.8 },
  },
  {
    name: 'post-comment',
    title: 'posting comments (7)',
    pending: 'not built yet: comments are held or limited per address and network, so the bench needs many senders',
    target: { p99Ms: 50 },
  },
];

/** Whether the figures meet the scenario's target; the reasons when they do not. */
export function verdict(scenario, cumbre, baseline) {
  const misses = [];
  if (!cumbre.checked || !baseline.checked) misses.push('no response completed in the measured time');
  if (cumbre.errors || cumbre.non2xx || cumbre.wrong) misses.push('errors or wrong answers');
  if (scenario.target.ratio !== undefined && cumbre.reqPerSec / baseline.reqPerSec < scenario.target.ratio) {
    misses.push(`ratio < ${scenario.target.ratio}`);
  }
  if (scenario.target.p99Ms !== undefined && cumbre.p99 > scenario.target.p99Ms)
    misses.push(`p99 > ${scenario.target.p99Ms} ms`);
  return { met: misses.length === 0, misses };
}

export const targetText = (t) =>
  [t.ratio !== undefined ? `≥ ${t.ratio}×` : null, t.p99Ms !== undefined ? `p99 ≤ ${t.p99Ms} ms` : null]
    .filter(Boolean)
    .join(', ');
