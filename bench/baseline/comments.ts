// Posting a comment for the bare baseline (scenario 7): the statements Cumbre runs for a comment
// that only has to be stored (comments.service.ts `submit`): the prepared read of the
// announcement with the author's standing (commentStandingOf), then one prepared statement with
// the comment, its audit line and the rate limit's guard (Changes.insertOne's statement, composed
// by the same `oneStatementSql`, with the same pieces). Validation is a bare server's: the
// fields' types and lengths by hand, no class-validator. There is no cache to invalidate, so no
// announcement of the change either.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  COMMENT_EMAIL_MAX_LENGTH,
  COMMENT_NAME_MAX_LENGTH,
  COMMENT_TEXT_MAX_LENGTH,
  type CommentHoldReason,
} from '@cumbre/contracts';
import { announcementRefBySlug } from '../../apps/api/src/announcements/announcement.queries';
import { auditOfInsertedSql } from '../../apps/api/src/audit/audit.service';
import { oneStatementSql } from '../../apps/api/src/audit/changes';
import { PgRateLimiter } from '../../apps/api/src/common/rate-limit/pg-rate-limiter';
import { guardWithinLimits } from '../../apps/api/src/comments/comment-limits';
import * as rules from '../../apps/api/src/comments/comment-rules';
import { commentStandingOf, insertCommentSql, standingOf } from '../../apps/api/src/comments/comment.queries';

type Body = { name?: unknown; email?: unknown; text?: unknown; parentId?: unknown; website?: unknown };

const text = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.trim().length <= max;

/** The route's handler on `pool`, with the secret Cumbre hashes addresses with. */
export function postComment(pool: pg.Pool, secret: string) {
  // Named statements, as Cumbre's SqlReader prepares them: a connection parses each text once.
  const names = new Map<string, string>();
  const query = async (sql: string, values: unknown[] = []) => {
    let name = names.get(sql);
    if (!name) names.set(sql, (name = `baseline_${names.size}`));
    return (await pool.query({ name, text: sql, values })).rows;
  };
  // guard() only composes its piece: the data source is for `ping`, which the baseline never calls.
  const limiter = new PgRateLimiter(null as unknown as DataSource);

  return async (req: FastifyRequest<{ Params: { slug: string }; Body: Body }>, reply: FastifyReply) => {
    const body = req.body ?? {};
    if (
      !text(body.name, COMMENT_NAME_MAX_LENGTH) ||
      !text(body.email, COMMENT_EMAIL_MAX_LENGTH) ||
      !String(body.email).includes('@') ||
      !text(body.text, COMMENT_TEXT_MAX_LENGTH) ||
      (body.parentId !== undefined && typeof body.parentId !== 'string') ||
      (body.website ?? '') !== ''
    ) {
      return reply.code(400).send({ code: 'validation.failed' });
    }
    const [name, rawText] = [String(body.name).trim(), String(body.text).trim()];
    const now = new Date();
    const email = rules.normaliseEmail(String(body.email));
    const ipHash = rules.hashIp(req.ip, secret);
    const fingerprint = rules.textFingerprint(rawText);
    const parentId = (body.parentId as string | undefined) ?? null;
    const standingQuery = commentStandingOf({
      email,
      ipHash,
      fingerprint,
      since: new Date(now.getTime() - rules.DUPLICATE_WINDOW_MINUTES * 60_000),
      parentId,
    });
    const a = await announcementRefBySlug({ query }, req.params.slug, standingQuery);
    if (!a || a.status !== 'published') return reply.code(404).send({ code: 'announcement.not_found' });
    const standing = standingOf(a.attached ?? {});
    if (parentId && (standing.parent.isReply || !standing.parent.visible)) {
      return reply.code(400).send({ code: 'comment.unknown_parent' });
    }
    if (standing.blocked) return reply.code(403).send({ code: 'comment.blocked' });
    const holds: CommentHoldReason[] = [];
    if (!standing.known) holds.push('first_time_author');
    if (rules.tooManyLinks(rawText)) holds.push('too_many_links');
    if (rules.blockedWordsIn(`${name} ${rawText}`, standing.words).length) holds.push('blocked_word');
    if (standing.duplicate) holds.push('duplicate');
    const status = holds.length ? 'pending' : 'approved';
    const insert = insertCommentSql({
      announcementId: a.id,
      parentId,
      authorName: name,
      authorEmail: email,
      ipHash,
      text: rawText,
      textFingerprint: fingerprint,
      status,
      holdReasons: holds,
      approvedAt: status === 'approved' ? now : null,
      createdAt: now,
    });
    const audit = auditOfInsertedSql('new_row', {
      action: 'comment.submitted',
      objectType: 'comment',
      details: { announcementId: a.id, parentId, status, holdReasons: holds },
      actor: null,
      origin: { ip: req.ip, requestId: randomUUID() },
    });
    const { guard, refusal } = await guardWithinLimits(limiter, { email, ipHash, newAuthor: !standing.known, now });
    const pieces = guard.piece ? [insert, audit, guard.piece] : [insert, audit];
    try {
      const [row] = await query(
        oneStatementSql(pieces),
        pieces.flatMap((piece) => piece.params),
      );
      return reply.code(201).send({ id: row.id, status, confirmationSent: false });
    } catch (err) {
      if (refusal(err)) return reply.code(429).send({ code: 'comment.rate_limited' });
      throw err;
    }
  };
}
