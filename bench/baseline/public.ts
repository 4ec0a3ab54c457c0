/* eslint-disable @typescript-eslint/no-explicit-any -- pg rows are untyped: the mappers type what leaves */
// The public announcement routes for the baseline: Cumbre's own query functions (they take
// anything with `query(sql, params)`, so the statements are literally the same) and mappers,
// with an ETag computed the same way and a 304 for a matching If-None-Match — but no cache:
// every answer is built from the database, as a bare server would.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_PAGE_SIZE, PUBLIC_PATHS } from '@cumbre/contracts';
import { mapPublicAnnouncementSummary } from '../../apps/api/src/announcements/announcement.mapper';
import {
  publicAnnouncementBySlug,
  publicAnnouncementPage,
} from '../../apps/api/src/announcements/announcement.queries';
import { mapPublicThread } from '../../apps/api/src/comments/comment.mapper';
import { shownCommentsOf } from '../../apps/api/src/comments/comment.queries';
import { decodeCursor, keysetPage } from '../../apps/api/src/public/cursor';
import { strongEtag } from '../../apps/api/src/public/public-answers';

export type Manager = { query: (sql: string, params?: unknown[]) => Promise<any[]> };

function send(req: FastifyRequest, reply: FastifyReply, value: unknown) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const etag = strongEtag(body);
  void reply.header('etag', etag).header('cache-control', 'public, max-age=30, stale-while-revalidate=300');
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

export async function announcementList(
  manager: Manager,
  req: FastifyRequest<{ Querystring: { after?: string; limit?: string } }>,
  reply: FastifyReply,
) {
  const limit = req.query.limit ? Number(req.query.limit) : PUBLIC_PAGE_SIZE;
  const rows = await publicAnnouncementPage(manager, { after: decodeCursor(req.query.after), limit });
  return send(
    req,
    reply,
    keysetPage(rows, limit, mapPublicAnnouncementSummary, (r) => ({ at: r.publishedAt, id: r.id })),
  );
}

/** An announcement with its shown comments (the bench's announcements have no meeting). */
export async function announcement(
  manager: Manager,
  req: FastifyRequest<{ Params: { slug: string } }>,
  reply: FastifyReply,
) {
  const a = await publicAnnouncementBySlug(manager, req.params.slug);
  if (!a) return reply.code(404).send({ code: 'announcement.not_found' });
  const comments = mapPublicThread(await shownCommentsOf(manager, a.id));
  return send(req, reply, {
    ...mapPublicAnnouncementSummary(a),
    bodyHtml: a.bodyHtml ?? '',
    meeting: null,
    comments,
    path: PUBLIC_PATHS.announcement(a.slug),
  });
}
