import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NOTE_SEARCH_DEFAULT_LIMIT, type NoteFacetsDto, type NoteSearchResultDto } from '@cumbre/contracts';
import { ApiError } from '../../common/api-error';
import type { RequestOrigin } from '../../common/auth-user';
import type { NoteSearchQueryDto } from '../dto/note.requests';
import { noteVisibility, type NoteReader } from '../note-access.policy';
import { mapSearchHit } from '../note.mapper';
import { NoteReadLog } from '../note-read-log';
import { AUTHOR_JOIN, namesFor, runSql, SUMMARY_COLUMNS, type SummaryRow } from '../notes.queries';
import { highlightHtml, HIGHLIGHT_START, HIGHLIGHT_STOP } from './highlight';

/** The filters that have a facet of their own (a facet counts with the other filters applied). */
type FacetName = keyof NoteFacetsDto;

interface Where {
  sql: string[];
  params: Record<string, unknown>;
}

/** The query in the tsquery form (accent-folded, Spanish stems), as SQL over `:q`. */
const TSQUERY = `websearch_to_tsquery('spanish', note_unaccent(:q))`;
const LIMA = 'America/Lima';

interface Cursor {
  k: string;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
/** The sort keys a cursor may carry: a float4 rank, or a timestamptz as PostgreSQL prints it. */
const RANK_KEY = /^-?\d+(\.\d+)?(e-?\d+)?$/i;
const INSTANT_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function decodeCursor(text: string, ranked: boolean): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const keyOk = typeof c.k === 'string' && (ranked ? RANK_KEY : INSTANT_KEY).test(c.k);
    if (
      keyOk &&
      typeof c.id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(c.id)
    )
      return c;
  } catch {
    // answered below
  }
  throw new ApiError('validation.bad_format', 'after is not a cursor this API gave', { field: 'after' });
}

/**
 * Full-text search and the library's list in one: the policy, the text match and the filters
 * are one WHERE clause, so that results, the total and every facet count only readable notes.
 */
@Injectable()
export class NoteSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: NoteReadLog,
  ) {}

  /** Policy + text + filters, leaving out the filter of `omit` (or of every facet with 'all'). */
  private where(reader: NoteReader, query: NoteSearchQueryDto, omit?: FacetName | 'all'): Where {
    const policy = noteVisibility('n', reader);
    const w: Where = { sql: [policy.sql], params: { ...policy.params } };
    const q = query.q?.trim();
    if (q) {
      w.sql.push(`n.search @@ ${TSQUERY}`);
      w.params['q'] = q;
    }
    if (query.kind && omit !== 'kind' && omit !== 'all') {
      w.sql.push('n.kind = :kind');
      w.params['kind'] = query.kind;
    }
    if (query.tag && omit !== 'tag' && omit !== 'all') {
      w.sql.push(':tag = ANY(n.tags)');
      w.params['tag'] = query.tag.trim().toLowerCase();
    }
    if (query.marking && omit !== 'marking' && omit !== 'all') {
      w.sql.push('n.marking = :marking');
      w.params['marking'] = query.marking;
    }
    if (query.agency && omit !== 'agency' && omit !== 'all') {
      w.sql.push('n.author_agency_id = :agency');
      w.params['agency'] = query.agency;
    }
    if (query.status) {
      w.sql.push('n.status = :status');
      w.params['status'] = query.status;
    }
    if (query.place?.trim()) {
      w.sql.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(n.places) p
        WHERE p->>'regionCode' = upper(:place)
           OR lower(note_unaccent(p->>'province')) = lower(note_unaccent(:place))
           OR lower(note_unaccent(p->>'city')) = lower(note_unaccent(:place)))`);
      w.params['place'] = query.place.trim();
    }
    if (query.from) {
      w.sql.push(`n.updated_at >= (CAST(:from AS date)::timestamp AT TIME ZONE '${LIMA}')`);
      w.params['from'] = query.from;
    }
    if (query.to) {
      w.sql.push(`n.updated_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE '${LIMA}')`);
      w.params['to'] = query.to;
    }
    return w;
  }

  async search(
    reader: NoteReader,
    query: NoteSearchQueryDto,
    origin: RequestOrigin | null,
  ): Promise<NoteSearchResultDto> {
    if (query.from && query.to && query.from > query.to) {
      throw new ApiError('validation.range_reversed', 'from is after to', { field: 'from' });
    }
    const manager = this.dataSource.manager;
    const limit = query.limit ?? NOTE_SEARCH_DEFAULT_LIMIT;
    const ranked = Boolean(query.q?.trim());
    const w = this.where(reader, query);
    // The sort key; the cursor carries it as text, exactly (a float4 rank, a µs instant).
    const key = ranked ? `ts_rank(n.search, ${TSQUERY})` : 'n.updated_at';
    const keyType = ranked ? 'real' : 'timestamptz';
    const page = [...w.sql];
    const params: Record<string, unknown> = { ...w.params, limit: limit + 1 };
    if (query.after) {
      const cursor = decodeCursor(query.after, ranked);
      page.push(
        `(${key} < CAST(:afterKey AS ${keyType}) OR (${key} = CAST(:afterKey AS ${keyType}) AND n.id < CAST(:afterId AS uuid)))`,
      );
      params['afterKey'] = cursor.k;
      params['afterId'] = cursor.id;
    }
    // The page is chosen over the matching notes' ids and sort keys only; the summaries (author,
    // counts) and the snippets (ts_headline, the costly part) are then made for its rows alone.
    // Snippet marks no text can contain: everything else is escaped in `highlightHtml`.
    const snippet = ranked
      ? `ts_headline('note_search', translate(n.summary || E'\\n' || n.body_text, '${HIGHLIGHT_START}${HIGHLIGHT_STOP}', ''),
           ${TSQUERY}, 'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`
      : 'NULL';
    const [rows, { total, facets }] = await Promise.all([
      runSql<SummaryRow & { sort_key: string; rank: number | null; snippet: string | null }>(
        manager,
        `SELECT ${SUMMARY_COLUMNS}, page.key::text AS sort_key, ${ranked ? 'page.key' : 'NULL::real'} AS rank,
                ${snippet} AS snippet FROM (
           SELECT n.id, ${key} AS key
             FROM note n
            WHERE ${page.join(' AND ')}
            ORDER BY ${key} DESC, n.id DESC
            LIMIT :limit) page
           JOIN note n ON n.id = page.id ${AUTHOR_JOIN}
         ORDER BY page.key DESC, page.id DESC`,
        params,
      ),
      this.totalAndFacets(manager, reader, query),
    ]);
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const names = await namesFor(manager, items);
    const intelligence = items.filter((r) => r.kind === 'intelligence').map((r) => r.id);
    // One write for the whole page, whatever its size. A query with text is a search ("every
    // search that returned one"); without text the library still shows each note's title and
    // summary, which for intelligence is its content: recorded too, as the list read it is.
    await this.reads.record(reader, origin, ranked ? 'search' : 'list', intelligence);
    const last = items[items.length - 1];
    return {
      items: items.map((r) =>
        mapSearchHit(
          {
            ...r,
            rank: r.rank === null ? null : Number(r.rank),
            snippet: r.snippet === null ? null : highlightHtml(r.snippet),
          },
          names,
        ),
      ),
      total,
      facets,
      nextCursor: more && last ? encodeCursor({ k: last.sort_key, id: last.id }) : null,
    };
  }

  /** How many readable notes match (the `count` verb). */
  async count(reader: NoteReader, query: NoteSearchQueryDto): Promise<number> {
    const w = this.where(reader, query);
    const [{ total }] = await runSql<{ total: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS total FROM note n WHERE ${w.sql.join(' AND ')}`,
      w.params,
    );
    return total;
  }

  /**
   * The total and the counts by kind, tag, marking and author agency (each with the other
   * filters applied), in one query: the policy and the text match run once, over the matching
   * notes kept in a CTE, and the facet filters are applied per count inside it.
   */
  async totalAndFacets(
    manager: EntityManager,
    reader: NoteReader,
    query: NoteSearchQueryDto,
  ): Promise<{ total: number; facets: NoteFacetsDto }> {
    const base = this.where(reader, query, 'all');
    const filters: Partial<Record<FacetName, string>> = {};
    const params: Record<string, unknown> = { ...base.params };
    if (query.kind) [filters.kind, params['kind']] = ['m.kind = :kind', query.kind];
    if (query.tag) [filters.tag, params['tag']] = [':tag = ANY(m.tags)', query.tag.trim().toLowerCase()];
    if (query.marking) [filters.marking, params['marking']] = ['m.marking = :marking', query.marking];
    if (query.agency) [filters.agency, params['agency']] = ['m.author_agency_id = :agency', query.agency];
    const others = (facet?: FacetName) => {
      const sql = Object.entries(filters)
        .filter(([name]) => name !== facet)
        .map(([, condition]) => condition);
      return sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
    };
    const counted = (facet: FacetName, value: string, from = 'm') =>
      `(SELECT '${facet}' AS facet, ${value} AS value, count(*)::int AS count FROM ${from} ${others(facet)}
         GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 50)`;
    const rows = await runSql<{ facet: FacetName | 'total'; value: string | null; count: number }>(
      manager,
      `WITH m AS MATERIALIZED (
         SELECT n.kind, n.marking, n.author_agency_id, n.tags FROM note n WHERE ${base.sql.join(' AND ')})
       SELECT 'total' AS facet, NULL::text AS value, count(*)::int AS count FROM m ${others()}
       UNION ALL ${counted('kind', 'm.kind::text')}
       UNION ALL ${counted('marking', 'm.marking::text')}
       UNION ALL ${counted('agency', 'm.author_agency_id::text')}
       UNION ALL ${counted('tag', 't.tag', 'm CROSS JOIN LATERAL unnest(m.tags) AS t(tag)')}`,
      params,
    );
    const of = (facet: FacetName) =>
      rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value as string, count: r.count }));
    const agency = of('agency');
    const agencies = (
      await namesFor(
        manager,
        agency.map((a) => ({ author_agency_id: a.value, sharing_group_id: null })),
      )
    ).agencies;
    return {
      total: rows.find((r) => r.facet === 'total')?.count ?? 0,
      facets: {
        kind: of('kind'),
        tag: of('tag'),
        marking: of('marking'),
        agency: agency.flatMap((a) => {
          const summary = agencies.get(a.value);
          return summary ? [{ agency: summary, count: a.count }] : [];
        }),
      },
    };
  }
}
