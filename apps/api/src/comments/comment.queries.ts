// All SQL of the comment tables. Public reads select no e-mail and no address hash: the
// columns are listed one by one so that a `SELECT *` can never carry them out.
import type { EntityManager } from 'typeorm';
import type { AnnouncementAttachment } from '../announcements/announcement.queries';
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

/** What a new comment is checked against, read with its announcement in one round trip. */
export interface CommentStanding {
  /** The address or the network is blocked. */
  blocked: boolean;
  /** The address has an approved comment (a known author). */
  known: boolean;
  /** The moderators' blocked words. */
  words: string[];
  /** The announcement has a comment with the same fingerprint within the duplicate window. */
  duplicate: boolean;
  /** The parent named, if any: whether it is a reply itself, and whether it is shown on this announcement. */
  parent: { isReply: boolean; visible: boolean };
}

/**
 * The author's standing (blocked by address or network; known: an approved comment before),
 * the blocked words, the duplicate check and the parent, as a subquery hung off the
 * announcement (`a`, see AnnouncementAttachment); its columns are prefixed `cs_`.
 */
export function commentStandingOf(q: {
  email: string;
  ipHash: string | null;
  fingerprint: string;
  since: Date;
  parentId: string | null;
}): AnnouncementAttachment {
  return {
    sql: `SELECT EXISTS (SELECT 1 FROM comment_block
                          WHERE (target = 'email' AND value = $2) OR (target = 'ip' AND value = $3)) AS cs_blocked,
                 EXISTS (SELECT 1 FROM announcement_comment WHERE author_email = $2 AND status = 'approved') AS cs_known,
                 ARRAY(SELECT word FROM comment_blocked_word) AS cs_words,
                 EXISTS (SELECT 1 FROM announcement_comment d
                          WHERE d.announcement_id = a.id AND d.created_at > $4 AND d.text_fingerprint = $5) AS cs_duplicate,
                 p.parent_id IS NOT NULL AS cs_parent_is_reply, p.visible AS cs_parent_visible
            FROM (SELECT 1) one
            LEFT JOIN (SELECT pc.parent_id, (pc.status = 'approved' AND NOT pc.hidden_by_flags) AS visible
                         FROM announcement_comment pc WHERE pc.id = $6::uuid AND pc.announcement_id = a.id) p ON TRUE`,
    params: [q.email, q.ipHash, q.since, q.fingerprint, q.parentId],
  };
}

export function standingOf(row: Record<string, unknown>): CommentStanding {
  return {
    blocked: row['cs_blocked'] as boolean,
    known: row['cs_known'] as boolean,
    words: row['cs_words'] as string[],
    duplicate: row['cs_duplicate'] as boolean,
    parent: { isReply: row['cs_parent_is_reply'] === true, visible: row['cs_parent_visible'] === true },
  };
}

export interface NewComment {
  announcementId: string;
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  ipHash: string | null;
  text: string;
  textFingerprint: string;
  status: CommentStatus;
  holdReasons: CommentHoldReason[];
  approvedAt: Date | null;
  createdAt: Date;
}

/** The insert of a new comment, answering its id (RETURNING id). */
export function insertCommentSql(c: NewComment): SqlPiece {
  return {
    sql: `INSERT INTO announcement_comment (announcement_id, parent_id, author_name, author_email, ip_hash, text,
                                            text_fingerprint, status, hold_reasons, approved_at, created_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11) RETURNING id`,
    params: [
      c.announcementId,
      c.parentId,
      c.authorName,
      c.authorEmail,
      c.ipHash,
      c.text,
      c.textFingerprint,
      c.status,
      c.holdReasons,
      c.approvedAt,
      c.createdAt,
    ],
  };
}

/** Stores a new comment in the caller's transaction; answers its id. */
export async function insertComment(manager: EntityManager, c: NewComment): Promise<string> {
  const { sql, params } = insertCommentSql(c);
  const [row]: { id: string }[] = await manager.query(sql, params);
  return row.id;
}

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
