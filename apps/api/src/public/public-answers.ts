import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicContent } from '../common/public-content/public-content.service';

/** What a public GET builds: its body, type and the content tags it shows. */
export interface PublicBuild {
  body: string;
  contentType: string;
  tags: string[];
  status?: number;
  headers?: Record<string, string>;
}

/** Caching of a kind of public answer. */
export interface CachePolicy {
  /** Browsers and CDNs: `max-age` and `stale-while-revalidate`, in seconds. */
  maxAge: number;
  staleWhileRevalidate: number;
  /** How long this instance keeps the built answer at most (tags drop it sooner). */
  keepSeconds: number;
}

/**
 * Every public JSON answer, meetings and agencies included: their writers mark their tags changed
 * (common/public-content/tags.ts), and PublicMeetingTimes drops the meeting lists when a public
 * meeting ends (upcoming becomes past without a write). `keepSeconds` is only a safety net.
 */
export const JSON_CACHE: CachePolicy = { maxAge: 30, staleWhileRevalidate: 300, keepSeconds: 300 };
export const FEED_CACHE: CachePolicy = { maxAge: 300, staleWhileRevalidate: 3600, keepSeconds: 300 };

export const strongEtag = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/**
 * Answers a public GET: from this instance's cache when the content has not changed since it
 * was built (PublicContent drops entries by tag on every instance), else built and kept; with
 * an ETag and `Cache-Control: public, max-age, stale-while-revalidate`, and a 304 when the
 * client already holds this version. Errors thrown by `build` are not cached.
 */
export async function answerPublic(
  content: PublicContent,
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CachePolicy,
  build: () => Promise<PublicBuild>,
): Promise<FastifyReply> {
  const key = request.url;
  const cache = content.apiCache;
  let answer = content.listening ? cache.get(key) : undefined;
  if (!answer) {
    const since = cache.begin();
    const built = await build();
    const body = Buffer.from(built.body, 'utf8');
    answer = {
      body,
      etag: strongEtag(body),
      contentType: built.contentType,
      status: built.status ?? 200,
      headers: built.headers ?? {},
      tags: built.tags,
      expiresAt: Date.now() + policy.keepSeconds * 1000,
    };
    if (content.listening) cache.set(key, answer, since);
  }
  void reply
    .headers(answer.headers)
    .header('etag', answer.etag)
    .header('cache-control', `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`)
    .header('vary', 'Accept-Encoding');
  if (answer.status === 200 && matches(request.headers['if-none-match'], answer.etag)) {
    return reply.code(304).send();
  }
  return reply.code(answer.status).type(answer.contentType).send(answer.body);
}

export const json = (
  value: unknown,
  tags: string[],
  status = 200,
  headers: Record<string, string> = {},
): PublicBuild => ({
  body: JSON.stringify(value),
  contentType: 'application/json; charset=utf-8',
  tags,
  status,
  headers,
});
