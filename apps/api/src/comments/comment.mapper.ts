import type { ModerationCommentDto, PublicCommentDto } from '@cumbre/contracts';
import type { ModerationRow, PublicCommentRow } from './comment.queries';

function one(row: PublicCommentRow, replies: PublicCommentDto[]): PublicCommentDto {
  return row.visible
    ? {
        id: row.id,
        authorName: row.authorName,
        text: row.text,
        createdAt: row.createdAt.toISOString(),
        withdrawn: false,
        replies,
      }
    : { id: row.id, authorName: null, text: null, createdAt: row.createdAt.toISOString(), withdrawn: true, replies };
}

/**
 * The thread as the public sees it: visible top-level comments with their replies; a removed
 * reply under them becomes a placeholder; a removed top-level comment stays as a placeholder
 * only when it still has visible replies (they are not taken down with it).
 */
export function mapPublicThread(rows: readonly PublicCommentRow[]): PublicCommentDto[] {
  const replies = new Map<string, PublicCommentRow[]>();
  for (const r of rows) {
    if (r.parentId) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), r]);
  }
  const thread: PublicCommentDto[] = [];
  for (const top of rows) {
    if (top.parentId) continue;
    const children = replies.get(top.id) ?? [];
    if (!top.visible && !children.some((c) => c.visible)) continue;
    thread.push(
      one(
        top,
        children.map((c) => one(c, [])),
      ),
    );
  }
  return thread;
}

export function mapModerationComment(r: ModerationRow): ModerationCommentDto {
  return {
    id: r.id,
    announcement: { id: r.announcementId, slug: r.announcementSlug, title: r.announcementTitle },
    parentId: r.parentId,
    authorName: r.authorName,
    authorEmail: r.authorEmail,
    text: r.text,
    status: r.status,
    holdReasons: r.holdReasons,
    flagCount: r.flagCount,
    hiddenByFlags: r.hiddenByFlags,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}
