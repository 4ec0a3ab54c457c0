import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  CommentStatus,
  CommentSubmittedDto,
  CommentSubscriptionResultDto,
  PublicCommentDto,
} from '@cumbre/contracts';
import { Changes, type OneRowResult } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { PublicContent } from '../common/public-content/public-content.service';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { announcementTags } from '../common/public-content/tags';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationWriter } from '../notifications/notification-writer.service';
import { guardWithinLimits, type NewAuthor } from './comment-limits';
import { mapPublicThread } from './comment.mapper';
import { commentPagesChanged } from './comment-pages';
import {
  type CommentFacts,
  commentFactsOf,
  commentFactsSql,
  insertCommentSql,
  NEW_AUTHOR_FACT,
  readCommentFacts,
  shownCommentsOf,
} from './comment.queries';
import { SqlReader } from '../database/sql-reader';
import { hashToken, notifyReplySubscribers, readUnsubscribeToken, requestReplyNotifications } from './comment-replies';
import {
  DUPLICATE_WINDOW_MINUTES,
  hashIp,
  normaliseEmail,
  textFingerprint,
  tooManyLinks,
  wordHaystack,
} from './comment-rules';
import type { CreateCommentBody, FlagCommentBody } from './dto/comment.requests';
import { COMMENT_FLAGS_TO_HIDE, COMMENT_HONEYPOT_FIELD } from '@cumbre/contracts';

/** What readers do: comment, reply, flag, and manage reply notifications. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: Changes,
    private readonly clock: Clock,
    private readonly content: PublicContent,
    private readonly writer: NotificationWriter,
    private readonly limiter: RateLimiter,
    private readonly reader: SqlReader,
  ) {}

  /** The public thread of an announcement (no e-mail, no address: see comment.queries). */
  async thread(announcementId: string): Promise<PublicCommentDto[]> {
    return mapPublicThread(await shownCommentsOf(this.reader, announcementId));
  }

  async submit(slug: string, body: CreateCommentBody, origin: RequestOrigin): Promise<CommentSubmittedDto> {
    if ((body.website ?? '').trim() !== '') {
      throw new ApiError('comment.rejected_as_bot', `the ${COMMENT_HONEYPOT_FIELD} field must stay empty`, {
        field: COMMENT_HONEYPOT_FIELD,
      });
    }
    const now = this.clock.now();
    const email = normaliseEmail(body.email);
    const ipHash = hashIp(origin.ip, this.config.jwt.secret);
    const fingerprint = textFingerprint(body.text);
    const parentId = body.parentId ?? null;
    // Every check (the announcement, the author's standing, the blocked words, the duplicate, the
    // parent) is read by the statement that stores the comment (comment.queries.ts): one round
    // trip for a comment that only has to be stored, most of them (issue #12). A refused comment
    // writes nothing.
    const facts = commentFactsSql({
      slug,
      email,
      ipHash,
      since: new Date(now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000),
      fingerprint,
      parentId,
      haystack: wordHaystack(`${body.name} ${body.text}`),
      tooManyLinks: tooManyLinks(body.text),
    });
    const insert = insertCommentSql({
      parentId,
      authorName: body.name,
      authorEmail: email,
      ipHash,
      text: body.text,
      textFingerprint: fingerprint,
      createdAt: now,
    });
    // The audit names the comment, never the commenter's address; its status and hold reasons
    // are the statement's (insertCommentSql's audit_details).
    const audit = { action: 'comment.submitted', objectType: 'comment', detailsFrom: 'row' } as const;

    // The rate limit: decided in the statement (PostgreSQL), where the daily maximum applies when
    // the statement finds the author new; or taken before it (Redis), which needs the checks read
    // first: a refused comment must not count.
    let newAuthor: NewAuthor = { sql: NEW_AUTHOR_FACT };
    if (!this.limiter.decidesInStatement) {
      const checked = await readCommentFacts(this.reader, facts);
      throwRefusal(checked, slug, parentId);
      newAuthor = !checked.known;
    }
    const { guard, refusal } = await guardWithinLimits(this.limiter, { email, ipHash, newAuthor, now });
    const change = { facts, insert, guard: guard.piece, audit };
    try {
      // A comment that only has to be stored is that one statement, on the pool. A reply, or one
      // that asks for reply notifications, may write those too: a transaction around it.
      if (!body.notifyReplies && !parentId) {
        const stored = await this.changes.insertOne({ actor: null, origin }, change);
        const { id, status, facts: f } = accepted(stored, slug, parentId);
        if (status === 'approved') this.content.committed(announcementTags(f.announcement.id, f.announcement.agencyId));
        return { id, status, confirmationSent: false };
      }
      return await this.changes.run({ actor: null, origin }, async (ctx) => {
        const { id, status, facts: f } = accepted(await ctx.insertOne(change), slug, parentId);
        const a = f.announcement;
        if (body.notifyReplies) {
          await requestReplyNotifications(ctx.manager, {
            commentId: id,
            email,
            name: body.name,
            announcementTitle: a.title,
            publicUrl: this.config.publicUrl,
            secret: this.config.jwt.secret,
          });
        }
        if (status === 'approved') {
          await this.content.changed(ctx.manager, announcementTags(a.id, a.agencyId));
          if (parentId) {
            await notifyReplySubscribers(ctx.manager, this.writer, {
              replyId: id,
              parentId,
              replierEmail: email,
              replierName: body.name,
              replyText: body.text,
              announcementTitle: a.title,
              announcementSlug: a.slug,
              publicUrl: this.config.publicUrl,
              secret: this.config.jwt.secret,
            });
          }
        }
        return { id, status, confirmationSent: body.notifyReplies === true } satisfies CommentSubmittedDto;
      });
    } catch (err) {
      // The comment was not stored: a hit taken before the statement (Redis) must not count.
      if (guard.ticket) await this.limiter.forget(guard.ticket).catch(() => undefined);
      throw refusal(err) ?? err;
    }
  }

  /** A reader's report; the third distinct reader hides the comment until a moderator looks. */
  async flag(commentId: string, body: FlagCommentBody, origin: RequestOrigin): Promise<{ hidden: boolean }> {
    const reader = hashIp(origin.ip, this.config.jwt.secret) ?? 'unknown';
    return this.changes.run({ actor: null, origin }, async ({ manager, audit }) => {
      const [c]: { announcement_id: string; hidden_by_flags: boolean }[] = await manager.query(
        `SELECT c.announcement_id, c.hidden_by_flags FROM announcement_comment c JOIN announcement a ON a.id = c.announcement_id
          WHERE c.id = $1 AND c.status = 'approved' AND NOT c.hidden_by_flags AND a.status = 'published' FOR UPDATE OF c`,
        [commentId],
      );
      if (!c) throw new ApiError('comment.not_found', `comment ${commentId} not found`, { params: { id: commentId } });
      const added: unknown[] = await manager.query(
        `INSERT INTO comment_flag (comment_id, reader_key, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (comment_id, reader_key) DO NOTHING RETURNING comment_id`,
        [commentId, reader, body.reason, body.note ?? null],
      );
      if (!added.length) throw new ApiError('comment.already_flagged', 'this reader already flagged the comment');
      const [{ n }]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM comment_flag WHERE comment_id = $1',
        [commentId],
      );
      const hide = n >= COMMENT_FLAGS_TO_HIDE;
      if (hide) {
        await manager.query(
          `UPDATE announcement_comment SET hidden_by_flags = true, version = version + 1,
                  hold_reasons = array_append(array_remove(hold_reasons, 'flagged'), 'flagged')
            WHERE id = $1`,
          [commentId],
        );
        await commentPagesChanged(manager, this.content, c.announcement_id);
      }
      await audit({
        action: 'comment.flagged',
        objectType: 'comment',
        objectId: commentId,
        details: { reason: body.reason, flags: n, hidden: hide },
      });
      return { hidden: hide };
    });
  }

  /** Double opt-in, step two: the link in the confirmation e-mail. */
  async confirmSubscription(token: string): Promise<CommentSubscriptionResultDto> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows]: [{ slug: string; title: string }[], number] = await this.dataSource.query(
      `UPDATE comment_subscription s SET confirmed_at = COALESCE(s.confirmed_at, now())
         FROM announcement_comment c JOIN announcement a ON a.id = c.announcement_id
        WHERE s.token_hash = $1 AND s.unsubscribed_at IS NULL AND c.id = s.comment_id
        RETURNING a.slug, a.title`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) throw invalidToken();
    return { state: 'confirmed', announcementSlug: row.slug, announcementTitle: row.title };
  }

  /** One click: the link in every notification (and in the confirmation e-mail). */
  async unsubscribe(token: string): Promise<CommentSubscriptionResultDto> {
    const id = readUnsubscribeToken(token, this.config.jwt.secret);
    if (!id) throw invalidToken();
    const rows: { slug: string; title: string }[] = await this.dataSource.query(
      `SELECT a.slug, a.title FROM comment_subscription s JOIN announcement_comment c ON c.id = s.comment_id
         JOIN announcement a ON a.id = c.announcement_id WHERE s.id = $1`,
      [id],
    );
    if (!rows.length) throw invalidToken();
    await this.dataSource.query(
      'UPDATE comment_subscription SET unsubscribed_at = COALESCE(unsubscribed_at, now()) WHERE id = $1',
      [id],
    );
    return { state: 'unsubscribed', announcementSlug: rows[0].slug, announcementTitle: rows[0].title };
  }
}

function invalidToken(): ApiError {
  return new ApiError('comment.subscription_token_invalid', 'the link is unknown or expired', { field: 'token' });
}

/**
 * Why a comment may not be stored, from its facts, in the order a reader meets the checks; the
 * same conditions as the facts' `ok` (comment.queries.ts), which decide in the statement.
 */
function throwRefusal(
  facts: CommentFacts | null,
  slug: string,
  parentId: string | null,
): asserts facts is CommentFacts {
  // Drafts and scheduled ones do not exist for the public; a withdrawn one is closed.
  const status = facts?.announcement.status;
  if (!facts || status === 'draft' || status === 'scheduled') {
    throw new ApiError('announcement.not_found', `announcement ${slug} not found`, { params: { slug } });
  }
  if (status !== 'published') {
    throw new ApiError('comment.announcement_closed', 'comments go only on a published announcement');
  }
  if (parentId) {
    if (facts.parent.isReply) {
      throw new ApiError('comment.reply_to_reply', 'replies go under a top-level comment (one level)', {
        field: 'parentId',
      });
    }
    if (!facts.parent.visible) {
      throw new ApiError('comment.unknown_parent', 'parentId names no visible comment of this announcement', {
        field: 'parentId',
      });
    }
  }
  if (facts.blocked) throw new ApiError('comment.blocked', 'comments from this address are not accepted');
}

/** The comment the statement stored: its id, its status and the facts it was decided on; or the refusal. */
function accepted(stored: OneRowResult, slug: string, parentId: string | null) {
  const facts = commentFactsOf(stored.facts);
  throwRefusal(facts, slug, parentId);
  if (!stored.id || !facts.ok) throw new Error('comment: the statement refused a comment that passed every check');
  const status: CommentStatus = facts.holds.length ? 'pending' : 'approved';
  return { id: stored.id, status, facts };
}
