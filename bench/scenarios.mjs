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
    name: 'public-announcements',
    title: 'public announcement list, first and deep page (1)',
    pending: 'needs the announcements table (branch public-api)',
    target: { ratio: 0.75, p99Ms: 30 },
  },
  {
    name: 'announcement-comments',
    title: 'announcement JSON with approved comments (2)',
    pending: 'needs branch public-api',
    target: { ratio: 0.75 },
  },
  {
    name: 'announcement-304',
    title: 'the same with If-None-Match → 304 (3)',
    pending: 'needs branch public-api',
    target: { ratio: 0.9 },
  },
  {
    name: 'announcement-page',
    title: 'server-rendered announcement page (4)',
    pending: 'needs branch public-web',
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
  { name: 'post-comment', title: 'posting comments (7)', pending: 'needs branch public-api', target: { p99Ms: 50 } },
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
