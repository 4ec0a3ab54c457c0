// Reader comments on announcements and their moderation. The commenter's e-mail is stored for
// moderation only: no public shape below has a field for it, on purpose.

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_TEXT_MAX_LENGTH = 2000;
export const COMMENT_NAME_MAX_LENGTH = 80;
export const COMMENT_EMAIL_MAX_LENGTH = 254;
/** A comment with more links than this is held for moderation. */
export const COMMENT_MAX_LINKS_BEFORE_HOLD = 2;
/** Flags from this many distinct readers hide a comment until a moderator reviews it. */
export const COMMENT_FLAGS_TO_HIDE = 3;
/**
 * The honeypot: a field the form hides from people (CSS, `aria-hidden`, `tabindex=-1`,
 * `autocomplete=off`). Bots fill it; a non-empty value is refused with `comment.rejected_as_bot`.
 */
export const COMMENT_HONEYPOT_FIELD = 'website';
/** What a public page shows in place of a hidden or rejected reply under a visible comment. */
export const COMMENT_WITHDRAWN_TEXT = {
  es: 'comentario retirado por moderación',
  en: 'comment removed by moderation',
} as const;

export const COMMENT_FLAG_REASONS = ['spam', 'offensive', 'off_topic', 'personal_data', 'other'] as const;
export type CommentFlagReason = (typeof COMMENT_FLAG_REASONS)[number];
export const COMMENT_FLAG_NOTE_MAX_LENGTH = 500;

/** One comment as the public sees it: never an e-mail, never an IP, text is plain (escape it). */
export interface PublicCommentDto {
  id: string;
  /** null when `withdrawn` (the placeholder shows instead). */
  authorName: string | null;
  /** Plain text, as typed: render as text (links stay text). null when `withdrawn`. */
  text: string | null;
  createdAt: string;
  /** A reply hidden or rejected by moderation under a visible comment: show COMMENT_WITHDRAWN_TEXT. */
  withdrawn: boolean;
  /** Approved replies (one level; replies have none), oldest first. */
  replies: PublicCommentDto[];
}

/** `POST /api/public/announcements/:slug/comments` (no sign-in). */
export interface CreateCommentRequest {
  name: string;
  email: string;
  text: string;
  /** Reply to this top-level comment (one level only: a reply to a reply is a 400). */
  parentId?: string | null;
  /** Ask for an e-mail when someone replies (double opt-in: a confirmation e-mail is sent first). */
  notifyReplies?: boolean;
  /** The honeypot (COMMENT_HONEYPOT_FIELD): must be absent or empty. */
  website?: string;
}

/** 201 answer to a new comment. */
export interface CommentSubmittedDto {
  id: string;
  /** `pending`: show "pendiente de moderación"; `approved`: it is on the page now. */
  status: Extract<CommentStatus, 'pending' | 'approved'>;
  /** A confirmation e-mail for reply notifications was queued. */
  confirmationSent: boolean;
}

/** `POST /api/public/comments/:id/flags` (no sign-in; one flag per reader and comment counts). */
export interface FlagCommentRequest {
  reason: CommentFlagReason;
  note?: string;
}

/** `GET /api/public/comment-subscriptions/confirm?token=` and `…/unsubscribe?token=` (also POST, one-click). */
export interface CommentSubscriptionResultDto {
  state: 'confirmed' | 'unsubscribed';
  announcementSlug: string;
  announcementTitle: string;
}

// --- moderation (platform role `moderator`, or admin) ---

/** One comment in the moderators' queue: here, and only here, the e-mail shows. */
export interface ModerationCommentDto {
  id: string;
  announcement: { id: string; slug: string; title: string };
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  text: string;
  status: CommentStatus;
  /** Why it was held: e.g. `first_time_author`, `too_many_links`, `blocked_word`, `duplicate`, `flagged`. */
  holdReasons: CommentHoldReason[];
  flagCount: number;
  /** Hidden by reader flags, pending review. */
  hiddenByFlags: boolean;
  createdAt: string;
  version: number;
}

export const COMMENT_HOLD_REASONS = [
  'first_time_author',
  'too_many_links',
  'blocked_word',
  'duplicate',
  'flagged',
] as const;
export type CommentHoldReason = (typeof COMMENT_HOLD_REASONS)[number];

/** `GET /api/moderation/comments?queue=pending|flagged` — oldest first. */
export interface ModerationQueueDto {
  items: ModerationCommentDto[];
  total: number;
}

/** `GET /api/moderation/comments/count` — for the badge in the staff navigation. */
export interface ModerationCountDto {
  pending: number;
  flagged: number;
  total: number;
}

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** `POST /api/moderation/comments/:id/decision` */
export interface ModerateCommentRequest {
  action: ModerationAction;
  version: number;
}

/** `POST /api/moderation/blocks`: block the address or the IP a comment came from (its comments pending stay held). */
/**
 * `POST /api/moderation/blocks`: the address or network a comment came from (`commentId`), or
 * one the moderator types (`value`: an e-mail address, or an IPv4/IPv6 address); one of the two.
 */
export interface BlockCommenterRequest {
  commentId?: string;
  value?: string;
  target: 'email' | 'ip';
}

export interface BlockDto {
  id: string;
  target: 'email' | 'ip';
  /** The address for `email`; for `ip` only a short fingerprint (IPs are stored hashed). */
  value: string;
  createdAt: string;
}

/** `GET/POST /api/moderation/blocked-words`, `DELETE /api/moderation/blocked-words/:word` */
export interface BlockedWordRequest {
  word: string;
}
export const BLOCKED_WORD_MAX_LENGTH = 60;
