// All SQL of the comment tables. Public reads select no e-mail and no address hash: the
// columns are listed one by one so that a `SELECT *` can never carry them out.
import type { EntityManager } from 'typeorm';
import { announcementBySlugSql, announcementRefOf, type AnnouncementRef } from '../announcements/announcement.queries';
import type { SqlPiece, SqlRunner } from '../database/sql-reader';
import type { CommentHoldReason, CommentStatus } from '@cumbre/contracts';

/** The shown comments of an announcement, as a correlated count (uses IDX_announcement_comment_shown). */
export const visibleCommentCountSql = (announcementIdSql: string) =>
  `(SELECT count(*)::int FROM announcement_comment c
     WHERE c.announcement_id = ${announcementIdSql} AND c.approved_at IS NOT NULL
       AND c.status = 'approved' AND NOT c.hidden_by_flags)`;

export interface PublicCommentRow {
  id: string;
  parentId: string | null;
  authorName: string;
  text: string;
  createdAt: Date;
  /** Approved and not hidden by flags. */
  visible: boolean;
}

/**
 * Every comment of the announcement that was ever shown, oldest first: the visible ones and
 * those withdrawn since (for their placeholder). One query per page, whatever the thread size.
 */
export async function shownCommentsOf(db: SqlRunner, announcementId: string): Promise<PublicCommentRow[]> {
  const rows = (await db.query(
    `SELECT c.id, c.parent_id, c.author_name, c.text, c.created_at,
              (c.status = 'approved' AND NOT c.hidden_by_flags) AS visible
         FROM announcement_comment c
        WHERE c.announcement_id = $1 AND c.approved_at IS NOT NULL
        ORDER BY c.created_at, c.id`,
    [announcementId],
  )) as {
    id: string;
    parent_id: string | null;
    author_name: string;
    text: string;
    created_at: Date;
    visible: boolean;
  }[];
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    authorName: r.author_name,
    text: r.text,
    createdAt: r.created_at,
    visible: r.visible,
  }));
}

/** What a new comment is checked against, read in the statement that stores it (commentFactsSql). */
export interface CommentFacts {
  announcement: AnnouncementRef;
  /** The address or the network is blocked. */
  blocked: boolean;
  /** The address has an approved comment (a known author). */
  known: boolean;
  /** The parent named, if any: whether it is a reply itself, and whether it is shown on this announcement. */
  parent: { isReply: boolean; visible: boolean };
  /** Why the comment is held for moderation (none: it is approved). */
  holds: CommentHoldReason[];
  /** Whether the statement stored it: every check passed (see comments.service.ts `throwRefusal`). */
  ok: boolean;
}

/**
 * The checks of a new comment (the announcement by slug, the author's standing, the blocked
 * words, the duplicate, the parent), as the `facts` of `Changes.insertOne`: one row (none when
 * no announcement has the slug) with `ok` (the comment may be stored; comments.service.ts
 * `throwRefusal` answers why not, in the same order) and `holds` (why it waits for a moderator).
 * Its text is made once, so that its statement is found at once (Changes.insertOne, SqlReader).
 */
const COMMENT_FACTS_SQL = `SELECT f.*,
         f.status = 'published' AND NOT f.cs_blocked
           AND ($6::uuid IS NULL OR (f.cs_parent_visible AND NOT f.cs_parent_is_reply)) AS ok,
         array_remove(ARRAY[CASE WHEN NOT f.cs_known THEN 'first_time_author' END,
                            CASE WHEN $8::boolean THEN 'too_many_links' END,
                            CASE WHEN f.cs_blocked_word THEN 'blocked_word' END,
                            CASE WHEN f.cs_duplicate THEN 'duplicate' END], NULL)::text[] AS holds
    FROM (${announcementBySlugSql(`SELECT
                 EXISTS (SELECT 1 FROM comment_block
                          WHERE (target = 'email' AND value = $2) OR (target = 'ip' AND value = $3)) AS cs_blocked,
                 EXISTS (SELECT 1 FROM announcement_comment WHERE author_email = $2 AND status = 'approved') AS cs_known,
                 EXISTS (SELECT 1 FROM comment_blocked_word w
                          WHERE w.needle <> '' AND strpos($7::text, ' ' || w.needle || ' ') > 0) AS cs_blocked_word,
                 EXISTS (SELECT 1 FROM announcement_comment d
                          WHERE d.announcement_id = a.id AND d.created_at > $4 AND d.text_fingerprint = $5) AS cs_duplicate,
                 p.parent_id IS NOT NULL AS cs_parent_is_reply, COALESCE(p.visible, FALSE) AS cs_parent_visible
            FROM (SELECT 1) one
            LEFT JOIN (SELECT pc.parent_id, (pc.status = 'approved' AND NOT pc.hidden_by_flags) AS visible
                         FROM announcement_comment pc WHERE pc.id = $6::uuid AND pc.announcement_id = a.id) p ON TRUE`)}) f`;

export function commentFactsSql(q: {
  slug: string;
  email: string;
  ipHash: string | null;
  /** Comments of the announcement since then with the same fingerprint are duplicates. */
  since: Date;
  fingerprint: string;
  parentId: string | null;
  /** The name and text as the blocked words are looked for in them (comment-rules.ts `wordHaystack`). */
  haystack: string;
  tooManyLinks: boolean;
}): SqlPiece {
  return {
    sql: COMMENT_FACTS_SQL,
    params: [q.slug, q.email, q.ipHash, q.since, q.fingerprint, q.parentId, q.haystack, q.tooManyLinks],
  };
}

const COMMENT_FACTS_READ_SQL = `SELECT * FROM (${COMMENT_FACTS_SQL}) facts`;

/** The facts alone, read before the statement that stores the comment (where a limit is taken before it). */
export async function readCommentFacts(db: SqlRunner, facts: SqlPiece): Promise<CommentFacts | null> {
  return commentFactsOf((await db.query(COMMENT_FACTS_READ_SQL, facts.params))[0]);
}

/** The SQL condition, on the facts, of an author with no approved comment yet (the daily limit's). */
export const NEW_AUTHOR_FACT = 'NOT facts.cs_known';

/** The facts' row as read by `insertOne` (null: no announcement has the slug). */
export function commentFactsOf(row: Record<string, unknown> | undefined): CommentFacts | null {
  if (!row) return null;
  return {
    announcement: announcementRefOf(row),
    blocked: row['cs_blocked'] as boolean,
    known: row['cs_known'] as boolean,
    parent: { isReply: row['cs_parent_is_reply'] === true, visible: row['cs_parent_visible'] === true },
    holds: row['holds'] as CommentHoldReason[],
    ok: row['ok'] === true,
  };
}

export interface NewComment {
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  ipHash: string | null;
  text: string;
  textFingerprint: string;
  createdAt: Date;
}

/**
 * The insert of a new comment when its `facts` (commentFactsSql) are ok: approved when nothing
 * holds it, else pending with its hold reasons. Answers its id, and the details of its audit
 * event (`audit_details`, see auditOfInsertedSql).
 */
export function insertCommentSql(c: NewComment): SqlPiece {
  return {
    sql: INSERT_COMMENT_SQL,
    params: [c.parentId, c.authorName, c.authorEmail, c.ipHash, c.text, c.textFingerprint, c.createdAt],
  };
}

const INSERT_COMMENT_SQL = `INSERT INTO announcement_comment (announcement_id, parent_id, author_name, author_email, ip_hash, text,
                                            text_fingerprint, status, hold_reasons, approved_at, created_at)
          SELECT facts.id, $1::uuid, $2, $3, $4, $5, $6,
                 CASE WHEN cardinality(facts.holds) = 0 THEN 'approved' ELSE 'pending' END, facts.holds,
                 CASE WHEN cardinality(facts.holds) = 0 THEN $7::timestamptz END, $7::timestamptz
            FROM facts WHERE facts.ok
          RETURNING id, jsonb_build_object('announcementId', announcement_id, 'parentId', parent_id, 'status', status,
                                           'holdReasons', to_jsonb(hold_reasons)) AS audit_details`;

export interface ModerationRow {
  id: string;
  announcementId: string;
  announcementSlug: string;
  announcementTitle: string;
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  text: string;
  status: CommentStatus;
  holdReasons: CommentHoldReason[];
  flagCount: number;
  hiddenByFlags: boolean;
  createdAt: Date;
  version: number;
}

const QUEUE_FILTER = {
  pending: `c.status = 'pending'`,
  flagged: `c.hidden_by_flags`,
  all: `(c.status = 'pending' OR c.hidden_by_flags)`,
} as const;

/** The moderators' queue, oldest first (IDX_announcement_comment_queue), and its size. */
export async function moderationQueue(
  manager: EntityManager,
  queue: keyof typeof QUEUE_FILTER,
  limit: number,
): Promise<{ items: ModerationRow[]; total: number }> {
  const where = QUEUE_FILTER[queue];
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT c.id, c.announcement_id, a.slug, a.title, c.parent_id, c.author_name, c.author_email, c.text, c.status,
            c.hold_reasons, c.hidden_by_flags, c.created_at, c.version,
            (SELECT count(*)::int FROM comment_flag f WHERE f.comment_id = c.id) AS flag_count
       FROM announcement_comment c JOIN announcement a ON a.id = c.announcement_id
      WHERE ${where} ORDER BY c.created_at, c.id LIMIT $1`,
    [limit],
  );
  const [{ n }]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM announcement_comment c WHERE ${where}`,
  );
  return { items: rows.map(moderationRow), total: n };
}

export async function moderationComment(manager: EntityManager, id: string): Promise<ModerationRow | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT c.id, c.announcement_id, a.slug, a.title, c.parent_id, c.author_name, c.author_email, c.text, c.status,
            c.hold_reasons, c.hidden_by_flags, c.created_at, c.version,
            (SELECT count(*)::int FROM comment_flag f WHERE f.comment_id = c.id) AS flag_count
       FROM announcement_comment c JOIN announcement a ON a.id = c.announcement_id WHERE c.id = $1`,
    [id],
  );
  return rows.length ? moderationRow(rows[0]) : null;
}

export async function moderationCounts(
  manager: EntityManager,
): Promise<{ pending: number; flagged: number; total: number }> {
  const [r]: { pending: number; flagged: number; total: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
            count(*) FILTER (WHERE hidden_by_flags)::int AS flagged,
            count(*)::int AS total
       FROM announcement_comment WHERE status = 'pending' OR hidden_by_flags`,
  );
  return r;
}

function moderationRow(r: Record<string, unknown>): ModerationRow {
  return {
    id: r['id'] as string,
    announcementId: r['announcement_id'] as string,
    announcementSlug: r['slug'] as string,
    announcementTitle: r['title'] as string,
    parentId: (r['parent_id'] as string | null) ?? null,
    authorName: r['author_name'] as string,
    authorEmail: r['author_email'] as string,
    text: r['text'] as string,
    status: r['status'] as CommentStatus,
    holdReasons: r['hold_reasons'] as CommentHoldReason[],
    flagCount: r['flag_count'] as number,
    hiddenByFlags: r['hidden_by_flags'] as boolean,
    createdAt: r['created_at'] as Date,
    version: r['version'] as number,
  };
}
