/* eslint-disable @typescript-eslint/no-explicit-any -- pg rows are untyped: the mappers type what leaves */
// GET /api/notes?q=… for the baseline: Cumbre's note search (NoteSearchService.search) statement
// for statement — the page with snippets, the total, the four facets, the names of the page's
// and the facets' agencies and groups, the read trail of the intelligence notes returned — but
// WITHOUT the access policy, as issue #12 scenario 6 asks: the ratio is what the policy costs.
import type { AuthUser } from '../../apps/api/src/common/auth-user';
import { mapSearchHit } from '../../apps/api/src/notes/note.mapper';
import { AUTHOR_JOIN, SUMMARY_COLUMNS } from '../../apps/api/src/notes/notes.queries';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightHtml } from '../../apps/api/src/notes/search/highlight';

type Query = <T = Record<string, any>>(sql: string, params?: unknown[]) => Promise<T[]>;

const TSQUERY = `websearch_to_tsquery('spanish', note_unaccent($1))`;

async function names(q: Query, agencyIds: string[], groupIds: string[]) {
  const [agencies, groups] = await Promise.all([
    agencyIds.length
      ? q(`SELECT id, name, short_name, kind, iso_code FROM organization WHERE id = ANY($1::uuid[])`, [
          [...new Set(agencyIds)],
        ])
      : [],
    groupIds.length ? q(`SELECT id, name FROM sharing_group WHERE id = ANY($1::uuid[])`, [[...new Set(groupIds)]]) : [],
  ]);
  return {
    agencies: new Map(
      agencies.map((a) => [
        a.id,
        { id: a.id, name: a.name, shortName: a.short_name, kind: a.kind, isoCode: a.iso_code },
      ]),
    ),
    groups: new Map(groups.map((g) => [g.id as string, g.name as string])),
  };
}

/** Ranked search for `text` (the scenario's query: q only, first page of 20). */
export async function searchNotes(q: Query, user: AuthUser, text: string, ip: string | null) {
  const limit = 20;
  const key = `ts_rank(n.search, ${TSQUERY})`;
  const snippet = `ts_headline('note_search', translate(n.summary || E'\\n' || n.body_text, '${HIGHLIGHT_START}${HIGHLIGHT_STOP}', ''),
           ${TSQUERY}, 'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;
  const where = `n.search @@ ${TSQUERY}`;
  const facet = (expression: string, join = '') =>
    q<{ value: string; count: number }>(
      `SELECT ${expression} AS value, count(*)::int AS count FROM note n ${join} WHERE ${where}
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`,
      [text],
    );
  const [rows, [{ total }], kind, tag, marking, agency] = await Promise.all([
    q(
      `SELECT ${SUMMARY_COLUMNS}, page.key::text AS sort_key, page.key AS rank,
              ${snippet} AS snippet FROM (
         SELECT n.id, ${key} AS key
           FROM note n
          WHERE ${where}
          ORDER BY ${key} DESC, n.id DESC
          LIMIT $2) page
         JOIN note n ON n.id = page.id ${AUTHOR_JOIN}
       ORDER BY page.key DESC, page.id DESC`,
      [text, limit + 1],
    ),
    q<{ total: number }>(`SELECT count(*)::int AS total FROM note n WHERE ${where}`, [text]),
    facet('n.kind'),
    facet('t.tag', 'CROSS JOIN LATERAL unnest(n.tags) AS t(tag)'),
    facet('n.marking'),
    facet('n.author_agency_id'),
  ]);
  const facetAgencies = (
    await names(
      q,
      agency.map((a) => a.value),
      [],
    )
  ).agencies;
  const items = rows.slice(0, limit);
  const pageNames = await names(
    q,
    items.map((r) => r.author_agency_id),
    items.map((r) => r.sharing_group_id).filter(Boolean),
  );
  const last = items[items.length - 1];
  const intelligence = items.filter((r) => r.kind === 'intelligence').map((r) => r.id);
  if (intelligence.length) {
    await Promise.all([
      q(
        `INSERT INTO note_read (note_id, reader_id, action, ip, request_id) SELECT unnest($1::uuid[]), $2, 'search', $3, NULL`,
        [intelligence, user.id, ip],
      ),
      q(
        `INSERT INTO audit_event (action, actor_user_id, actor_email, object_type, object_id, ip, request_id, details)
         VALUES ('note.search', $1, $2, 'note', $3, $4, NULL, $5)`,
        [user.id, user.email, intelligence.length === 1 ? intelligence[0] : null, ip, { noteIds: intelligence }],
      ),
    ]);
  }
  return {
    items: items.map((r) =>
      mapSearchHit(
        {
          ...r,
          rank: r.rank === null ? null : Number(r.rank),
          snippet: r.snippet === null ? null : highlightHtml(r.snippet),
        } as never,
        pageNames,
      ),
    ),
    total,
    facets: {
      kind,
      tag,
      marking,
      agency: agency.flatMap((a) => {
        const summary = facetAgencies.get(a.value);
        return summary ? [{ agency: summary, count: a.count }] : [];
      }),
    },
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify({ k: last.sort_key, id: last.id })).toString('base64url')
        : null,
  };
}
