// Posting a comment for the bare baseline (scenario 7): the statement Cumbre runs for a comment
// that only has to be stored (comments.service.ts `submit`): one prepared statement with every
// check (commentFactsSql), the comment, its audit line and the rate limit's guard
// (Changes.insertOne's statement, composed by the same `oneStatementSql`, with the same pieces).
// Validation is a bare server's: the fields' types and lengths by hand, no class-validator. There
// is no cache to invalidate, so no announcement of the change either.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { COMMENT_EMAIL_MAX_LENGTH, COMMENT_NAME_MAX_LENGTH, COMMENT_TEXT_MAX_LENGTH } from '@cumbre/contracts';
import { auditOfInsertedSql } from '../../apps/api/src/audit/audit.service';
import { oneStatementSql } from '../../apps/api/src/audit/changes';
import { PgRateLimiter } from '../../apps/api/src/common/rate-limit/pg-rate-limiter';
import { guardWithinLimits } from '../../apps/api/src/comments/comment-limits';
import * as rules from '../../apps/api/src/comments/comment-rules';
import {
  commentFactsOf,
  commentFactsSql,
  insertCommentSql,
  NEW_AUTHOR_FACT,
} from '../../apps/api/src/comments/comment.queries';

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
    const facts = commentFactsSql({
      slug: req.params.slug,
      email,
      ipHash,
      since: new Date(now.getTime() - rules.DUPLICATE_WINDOW_MINUTES * 60_000),
      fingerprint,
      parentId,
      haystack: rules.wordHaystack(`${name} ${rawText}`),
      tooManyLinks: rules.tooManyLinks(rawText),
    });
    const insert = insertCommentSql({
      parentId,
      authorName: name,
      authorEmail: email,
      ipHash,
      text: rawText,
      textFingerprint: fingerprint,
      createdAt: now,
    });
    const audit = auditOfInsertedSql(
      'new_row',
      {
        action: 'comment.submitted',
        objectType: 'comment',
        actor: null,
        origin: { ip: req.ip, requestId: randomUUID() },
      },
      'row',
    );
    const { guard, refusal } = await guardWithinLimits(limiter, {
      email,
      ipHash,
      newAuthor: { sql: NEW_AUTHOR_FACT },
      now,
    });
    const pieces = [facts, insert, audit, guard.piece];
    try {
      const [row] = await query(
        oneStatementSql(pieces),
        pieces.flatMap((piece) => piece?.params ?? []),
      );
      const f = commentFactsOf(row);
      if (!f || f.announcement.status !== 'published') return reply.code(404).send({ code: 'announcement.not_found' });
      if (parentId && (f.parent.isReply || !f.parent.visible)) {
        return reply.code(400).send({ code: 'comment.unknown_parent' });
      }
      if (f.blocked) return reply.code(403).send({ code: 'comment.blocked' });
      const status = f.holds.length ? 'pending' : 'approved';
      return reply.code(201).send({ id: row['inserted_id'], status, confirmationSent: false });
    } catch (err) {
      if (refusal(err)) return reply.code(429).send({ code: 'comment.rate_limited' });
      throw err;
    }
  };
}
