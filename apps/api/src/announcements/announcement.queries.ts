// All reads of the announcement tables: the staff editor's (policy applied in the SQL) and the
// public site's (published only, projected columns, keyset order matching the partial indexes).
import type { EntityManager } from 'typeorm';
import type { SqlRunner } from '../database/sql-reader';
import type { AgencySummary } from '@cumbre/contracts';
import { AGENCY_SUMMARIES, agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import type { SqlCondition } from '../common/sql-condition';
import { visibleCommentCountSql } from '../comments/comment.queries';
import { USER_CONTACTS } from '../users/user.queries';
import type { StoredCover } from './entities/announcement.entity';

/** The columns the staff editor and the public site both read. */
export interface AnnouncementColumns {
  id: string;
  slug: string;
  title: string;
  summary: string;
  revisedAt: Date | null;
  agency: AgencySummary;
  cover: StoredCover | null;
  coverAlt: string | null;
  meetingId: string | null;
}

/** Both rows' columns, from a row that joined the agency as `o_` (agencySummaryColumns). */
function announcementColumns(r: Record<string, unknown>): AnnouncementColumns {
  return {
    id: r['id'] as string,
    slug: r['slug'] as string,
    title: r['title'] as string,
    summary: r['summary'] as string,
    revisedAt: (r['revised_at'] as Date | null) ?? null,
    agency: agencySummaryFromRow(r, 'o_'),
    cover: (r['cover'] as StoredCover | null) ?? null,
    coverAlt: (r['cover_alt'] as string | null) ?? null,
    meetingId: (r['meeting_id'] as string | null) ?? null,
  };
}

export interface StaffAnnouncementRow extends AnnouncementColumns {
  body: string;
  bodyHtml: string;
  status: 'draft' | 'scheduled' | 'published' | 'withdrawn';
  publishAt: Date | null;
  publishedAt: Date | null;
  author: { id: string; displayName: string } | null;
  oldSlugs: string[];
  revisionCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const STAFF_COLUMNS = `a.id, a.slug, a.title, a.summary, a.body, a.body_html, a.cover, a.cover_alt, a.meeting_id,
  a.status, a.publish_at, a.published_at, a.revised_at, a.author_id, u.display_name AS author_name,
  a.version, a.created_at, a.updated_at, ${agencySummaryColumns('o', 'o_')},
  COALESCE((SELECT array_agg(s.slug ORDER BY s.created_at) FROM announcement_old_slug s WHERE s.announcement_id = a.id), '{}') AS old_slugs,
  (SELECT count(*)::int FROM announcement_revision r WHERE r.announcement_id = a.id) AS revision_count`;

function staffRow(r: Record<string, unknown>): StaffAnnouncementRow {
  return {
    ...announcementColumns(r),
    body: r['body'] as string,
    bodyHtml: r['body_html'] as string,
    status: r['status'] as StaffAnnouncementRow['status'],
    publishAt: (r['publish_at'] as Date | null) ?? null,
    publishedAt: (r['published_at'] as Date | null) ?? null,
    author: r['author_id'] ? { id: r['author_id'] as string, displayName: (r['author_name'] as string) ?? '' } : null,
    oldSlugs: r['old_slugs'] as string[],
    revisionCount: r['revision_count'] as number,
    version: r['version'] as number,
    createdAt: r['created_at'] as Date,
    updatedAt: r['updated_at'] as Date,
  };
}

/** One announcement as the staff editor reads it, or null when missing or not the caller's. */
export async function staffAnnouncement(
  manager: EntityManager,
  id: string,
  visible: SqlCondition,
): Promise<StaffAnnouncementRow | null> {
  const qb = manager
    .createQueryBuilder()
    .select(STAFF_COLUMNS)
    .from('announcement', 'a')
    .innerJoin(AGENCY_SUMMARIES, 'o', 'o.id = a.agency_id')
    .leftJoin(USER_CONTACTS, 'u', 'u.id = a.author_id')
    .where('a.id = :id', { id })
    .andWhere(visible.sql, visible.params);
  const row = (await qb.getRawOne()) as Record<string, unknown> | undefined;
  return row ? staffRow(row) : null;
}

/** The staff list: newest first (by last change), filtered, offset-paged (a short back-office list). */
export async function staffAnnouncementPage(
  manager: EntityManager,
  visible: SqlCondition,
  filter: { status?: string; agencyId?: string; limit: number; offset: number },
): Promise<{ items: StaffAnnouncementRow[]; total: number }> {
  const qb = manager
    .createQueryBuilder()
    .from('announcement', 'a')
    .innerJoin(AGENCY_SUMMARIES, 'o', 'o.id = a.agency_id')
    .leftJoin(USER_CONTACTS, 'u', 'u.id = a.author_id')
    .where(visible.sql, visible.params);
  if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
  if (filter.agencyId) qb.andWhere('a.agency_id = :agencyId', { agencyId: filter.agencyId });
  const total = await qb.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
  const rows = (await qb
    .select(STAFF_COLUMNS)
    .orderBy('a.updated_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .limit(filter.limit)
    .offset(filter.offset)
    .getRawMany()) as Record<string, unknown>[];
  return { items: rows.map(staffRow), total: total?.n ?? 0 };
}

/** Whether `slug` is used by another announcement, now or as an old slug. */
export async function slugTaken(manager: EntityManager, slug: string, exceptId: string | null): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM announcement WHERE slug = $1 AND id IS DISTINCT FROM $2
     UNION ALL SELECT 1 FROM announcement_old_slug WHERE slug = $1 AND announcement_id IS DISTINCT FROM $2
     LIMIT 1`,
    [slug, exceptId],
  );
  return rows.length > 0;
}

// --- the public site ---

export interface PublicAnnouncementRow extends AnnouncementColumns {
  publishedAt: Date;
  commentCount: number;
  bodyHtml?: string;
}

const PUBLIC_COLUMNS = `a.id, a.slug, a.title, a.summary, a.published_at, a.revised_at, a.cover, a.cover_alt, a.meeting_id,
  ${agencySummaryColumns('o', 'o_')}, ${visibleCommentCountSql('a.id')} AS comment_count`;

function publicRow(r: Record<string, unknown>): PublicAnnouncementRow {
  return {
    ...announcementColumns(r),
    publishedAt: r['published_at'] as Date,
    commentCount: Number(r['comment_count']),
    ...(r['body_html'] !== undefined && { bodyHtml: r['body_html'] as string }),
  };
}

/**
 * Published announcements, newest first, after the keyset cursor (published_at, id); one row
 * more than `limit` tells whether a next page exists. Served by IDX_announcement_published /
 * IDX_announcement_agency_published.
 */
export async function publicAnnouncementPage(
  db: SqlRunner,
  opts: {
    after: { at: Date; id: string } | null;
    limit: number;
    agencyId?: string;
    meetingId?: string;
    withBody?: boolean;
  },
): Promise<PublicAnnouncementRow[]> {
  const params: unknown[] = [opts.limit + 1];
  const where = [`a.status = 'published'`];
  if (opts.agencyId) {
    params.push(opts.agencyId);
    where.push(`a.agency_id = $${params.length}`);
  }
  if (opts.meetingId) {
    params.push(opts.meetingId);
    where.push(`a.meeting_id = $${params.length}`);
  }
  if (opts.after) {
    params.push(opts.after.at, opts.after.id);
    where.push(`(a.published_at, a.id) < ($${params.length - 1}, $${params.length})`);
  }
  const rows = await db.query(
    `SELECT ${PUBLIC_COLUMNS}${opts.withBody ? ', a.body_html' : ''}
       FROM announcement a JOIN ${AGENCY_SUMMARIES} o ON o.id = a.agency_id
      WHERE ${where.join(' AND ')}
      ORDER BY a.published_at DESC, a.id DESC LIMIT $1`,
    params,
  );
  return rows.map(publicRow);
}

/** A published announcement by its current slug, with its body. */
export async function publicAnnouncementBySlug(db: SqlRunner, slug: string): Promise<PublicAnnouncementRow | null> {
  const rows = await db.query(
    `SELECT ${PUBLIC_COLUMNS}, a.body_html FROM announcement a JOIN ${AGENCY_SUMMARIES} o ON o.id = a.agency_id
      WHERE a.slug = $1 AND a.status = 'published'`,
    [slug],
  );
  return rows.length ? publicRow(rows[0]) : null;
}

/** The current slug of a published announcement that once had `oldSlug`. */
export async function currentSlugOf(db: SqlRunner, oldSlug: string): Promise<string | null> {
  const rows = await db.query(
    `SELECT a.slug FROM announcement_old_slug s JOIN announcement a ON a.id = s.announcement_id
      WHERE s.slug = $1 AND a.status = 'published'`,
    [oldSlug],
  );
  return rows.length ? (rows[0]['slug'] as string) : null;
}

export interface AnnouncementRef {
  id: string;
  status: string;
  agencyId: string;
  title: string;
  slug: string;
}

/**
 * The statement of an announcement by current slug (any status) with a module's own row that
 * hangs off it, read in the same statement (as MeetingQueries' FactsAttachment does for
 * meetings): `attachSql` is a subquery of that module's that may name the announcement as `a`,
 * with its own parameters numbered from $2, joined LEFT LATERAL; its column names must differ
 * from the announcement's (prefix them). The announcement's columns: id, status, agency_id,
 * title, slug. A comment is checked and stored with it (comment.queries.ts).
 */
export function announcementBySlugSql(attachSql: string): string {
  return `SELECT a.id, a.status, a.agency_id, a.title, a.slug, att.*
       FROM announcement a LEFT JOIN LATERAL (${attachSql}) att ON TRUE
      WHERE a.slug = $1`;
}

/** Id, status, agency, title and slug of an announcement by id. */
export async function announcementRefById(db: SqlRunner, id: string): Promise<AnnouncementRef | null> {
  const rows = await db.query(
    `SELECT a.id, a.status, a.agency_id, a.title, a.slug FROM announcement a WHERE a.id = $1`,
    [id],
  );
  return rows[0] ? announcementRefOf(rows[0]) : null;
}

/** The announcement's columns of a row read by announcementRefById or announcementBySlugSql. */
export function announcementRefOf(row: Record<string, unknown>): AnnouncementRef {
  return {
    id: row['id'] as string,
    status: row['status'] as string,
    agencyId: row['agency_id'] as string,
    title: row['title'] as string,
    slug: row['slug'] as string,
  };
}

/** Every published announcement's slug and last change, for sitemap.xml. */
export async function publishedSlugs(db: SqlRunner): Promise<{ slug: string; lastModified: Date }[]> {
  const rows = (await db.query(
    `SELECT slug, COALESCE(revised_at, published_at) AS last_modified FROM announcement
      WHERE status = 'published' ORDER BY published_at DESC, id DESC LIMIT 50000`,
  )) as { slug: string; last_modified: Date }[];
  return rows.map((r) => ({ slug: r.slug, lastModified: r.last_modified }));
}
