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
    name: 'announcement-uncached',
    title: 'announcement JSON with its approved comments, a different one each request: uncached (2)',
    // Each request names the next published announcement (cycling over all of them, newest
    // first): Cumbre's cache keeps at most 2,000 answers, first in first out, so with more
    // announcements than that (`small`: 9,499; `full`: 94,999) no request finds its answer
    // cached. At the `smoke` scale (189) the cycle is shorter than the cache: not isolated.
    request: (ctx) => {
      const slugs = ctx.fixtures.publishedSlugs;
      const path = (n) => `/api/public/announcements/${slugs[n % slugs.length]}`;
      return { path: path(0), sent: 1, vary: (n) => ({ path: path(n) }) };
    },
    check: (b) => (b.comments?.length === 8 ? true : `expected 8 shown comments, got ${b.comments?.length}`),
    quickCheck: (text) => text.includes('"comments":['),
    target: { ratio: 0.75 },
  },
  {
    name: 'announcement-page',
    title: 'server-rendered announcement page, cached, vs the same bytes served statically (4)',
    // The baseline serves the bytes Cumbre rendered (fetched once, its nonce frozen) from
    // memory with bare Fastify; Cumbre answers from its page cache, with a fresh CSP nonce.
    needsWeb: true,
    sameAnswer: false,
    request: (ctx) => ({ path: `/anuncios/${ctx.fixtures.announcementSlug}`, text: true }),
    check: (b) => (b.text?.includes('<html') && b.text.includes('Anuncio 0:') ? true : 'expected the rendered page'),
    quickCheck: (text) => text.includes('Anuncio 0:'),
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
    title: 'posting comments: each from another approved author and address, on another announcement (7)',
    // Comments are limited to one per 15 s per address and per network, and a first-time author
    // is held: every request comes from the next author with an approved comment (distinct
    // e-mails) and the next client address (X-Forwarded-For; Cumbre runs with TRUST_PROXY in
    // the bench only), on the next announcement, with its own text. The baseline runs the same
    // statement (bench/baseline/comments.ts), so the ratio shows what the framework costs
    // and the baseline's p99 what this machine allows; the target is Cumbre's p99. Afterwards
    // every acknowledged comment (of either server) must be in the database.
    // Each answer carries a new id: the two servers' answers are alike, not the same.
    sameAnswer: false,
    // Each server's run starts at a CHECKPOINT (run.mjs), so each pays the same page images.
    writes: true,
    request: (ctx) => {
      const slugs = ctx.fixtures.publishedSlugs;
      const ip = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const post = (n) => ({
        path: `/api/public/announcements/${slugs[n % slugs.length]}/comments`,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip(n) },
        body: JSON.stringify({
          name: `Lectora de banco ${n}`,
          email: ctx.fixtures.approvedAuthor(n),
          text: `Comentario de banco número ${n}: gracias por la información.`,
        }),
      });
      const acknowledged = new Set();
      return {
        method: 'POST',
        ...post(0),
        status: 201,
        sent: 1,
        vary: post,
        acknowledged,
        onAnswer: (_label, status, body) => {
          if (status === 201) acknowledged.add(JSON.parse(body).id);
        },
      };
    },
    check: (b) => (b.id && b.status === 'approved' ? true : `expected an approved comment, got ${JSON.stringify(b)}`),
    quickCheck: (text) => text.includes('"status":"approved"'),
    /** Every acknowledged comment is stored: a fast answer that loses comments cannot pass. */
    after: async (request, { db }) => {
      const ids = [...request.acknowledged];
      const { rows } = await db.query(
        'SELECT count(*)::int AS n FROM announcement_comment WHERE id = ANY($1::uuid[])',
        [ids],
      );
      const stored = rows[0].n;
      return {
        acknowledged: ids.length,
        stored,
        problem: stored === ids.length ? null : `${ids.length - stored} acknowledged comments missing`,
      };
    },
    target: { p99Ms: 50 },
  },
  {
    name: 'growth',
    title: "scenario 1's p50 with the run's data vs 100 announcements and 1,000 comments (8)",
    // Run by bench/run.mjs itself: a second database with the `growth` dataset, a second
    // Cumbre and baseline on it, and public-list measured on both pairs.
    growth: true,
    target: { growth: 1.3 },
  },
];

/** Whether the figures meet the scenario's target; the reasons when they do not. */
export function verdict(scenario, cumbre, baseline) {
  const misses = [];
  if (!cumbre.checked || (baseline && !baseline.checked)) misses.push('no response completed in the measured time');
  if (cumbre.errors || cumbre.non2xx || cumbre.wrong) misses.push('errors or wrong answers');
  if (
    scenario.target.ratio !== undefined &&
    baseline &&
    cumbre.reqPerSec / baseline.reqPerSec < scenario.target.ratio
  ) {
    misses.push(`ratio < ${scenario.target.ratio}`);
  }
  if (scenario.target.p99Ms !== undefined && cumbre.p99 > scenario.target.p99Ms)
    misses.push(`p99 > ${scenario.target.p99Ms} ms`);
  return { met: misses.length === 0, misses };
}

export const targetText = (t) =>
  [
    t.ratio !== undefined ? `≥ ${t.ratio}×` : null,
    t.p99Ms !== undefined ? `p99 ≤ ${t.p99Ms} ms` : null,
    t.growth !== undefined ? `p50 large ≤ ${t.growth}× small` : null,
  ]
    .filter(Boolean)
    .join(', ');
