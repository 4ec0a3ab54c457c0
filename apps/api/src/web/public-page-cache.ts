import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { PUBLIC_CACHE_TAG_HEADER } from '@cumbre/contracts';
import type { PublicContent } from '../common/public-content/public-content.service';
import type { CachedAnswer } from '../common/public-content/tagged-cache';
import { strongEtag } from '../public/public-answers';

/**
 * The render cache of server-rendered public pages.
 *
 * How a page takes part: the Angular server sets the response header `x-cumbre-cache-tags`
 * (PUBLIC_CACHE_TAG_HEADER) to the content tags the page shows (PUBLIC_CACHE_TAGS in
 * @cumbre/contracts: `announcement:<id>`, `agency:<id>`, `announcements`, `meetings`). The
 * rendered HTML is then kept, per URL and language (with its CSP, which allows its scripts by
 * hash: the same bytes for every reader), and served again without rendering, before the rest of
 * the request pipeline runs (answerCachedPages), until one of its tags changes: every write of public content
 * marks its tags changed in its transaction, announced to every instance (common/public-content), which
 * drops the pages. Pages without the header, non-200 answers and requests carrying a session
 * cookie are never cached. Entries live at most PAGE_KEEP_SECONDS, a safety net only: meetings,
 * agendas, minutes and agencies mark their tags changed too (common/public-content/tags.ts).
 */
export const PAGE_KEEP_SECONDS = 300;
export const PAGE_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

const SESSION_COOKIE = /(?:^|;\s*)cumbre_(?:at|rt)=/;
const LANG_COOKIE = /(?:^|;\s*)cumbre_lang=([a-z]{2})/;

/** The cache key of a page request, or null when it must be rendered for this caller alone. */
export function pageCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET') return null;
  const cookie = req.headers.cookie ?? '';
  if (SESSION_COOKIE.test(cookie)) return null;
  const lang = LANG_COOKIE.exec(cookie)?.[1] ?? 'es';
  return `${lang} ${req.url ?? '/'}`;
}

/** The tags a rendered page declared (and the header removed from what is sent), or null. */
export function takeCacheTags(headers: Record<string, unknown>): string[] | null {
  const raw = headers[PUBLIC_CACHE_TAG_HEADER];
  delete headers[PUBLIC_CACHE_TAG_HEADER];
  if (typeof raw !== 'string' && !Array.isArray(raw)) return null;
  const tags = (Array.isArray(raw) ? raw.join(',') : raw)
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return tags.length ? tags : null;
}

/**
 * Brotli's quality for cached pages: about 1 ms for a 40 KB page and within 10 % of the best
 * quality's size, which costs 50 ms a page (a rush of first renders would wait for it).
 */
const PAGE_BROTLI_QUALITY = 6;

/** What a cached page's response repeats: the headers its first response carried, less these. */
const PER_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'x-request-id',
  'date',
  'connection',
  'content-encoding',
]);

/**
 * The entry of a rendered page: its bytes, compressed once with brotli and with gzip (spent when
 * the page is rendered, not on every reader), and
 * every header of the first response (the security headers, its CSP with the hashes of its
 * scripts) but those that belong to one response.
 */
export function cachedPage(body: Buffer, headers: Record<string, unknown>, tags: string[]): CachedAnswer {
  const stringHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || PER_RESPONSE_HEADERS.has(k.toLowerCase())) continue;
    stringHeaders[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  stringHeaders['vary'] = 'Accept-Encoding';
  return {
    body,
    etag: strongEtag(body),
    contentType: stringHeaders['content-type'] ?? 'text/html; charset=utf-8',
    status: 200,
    headers: stringHeaders,
    encoded: {
      br: brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: PAGE_BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzip: gzipSync(body, { level: 9 }),
    },
    tags,
    expiresAt: Date.now() + PAGE_KEEP_SECONDS * 1000,
  };
}

export function clientHasPage(req: IncomingMessage, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  return typeof inm === 'string' && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

const encodings = new Negotiator<'br' | 'gzip' | 'identity'>({
  supportedValues: ['br', 'gzip', 'identity'],
  cache: new Map<string, string>(),
});

/** The bytes and ETag of a cached page in the encoding the reader prefers (each encoding its own ETag). */
function variantFor(req: IncomingMessage, page: CachedAnswer): { body: Buffer; etag: string; encoding: string | null } {
  const accepted = req.headers['accept-encoding'];
  const encoding = typeof accepted === 'string' && accepted ? encodings.negotiate(accepted) : null;
  const encoded = encoding && encoding !== 'identity' ? page.encoded?.[encoding] : undefined;
  if (!encoding || !encoded) return { body: page.body, etag: page.etag, encoding: null };
  return { body: encoded, etag: `${page.etag.slice(0, -1)}-${encoding}"`, encoding };
}

/**
 * Sends a cached page: the stored headers, this response's request id, the ETag of the encoding
 * chosen, and a 304 when the reader already has those bytes.
 */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, page: CachedAnswer): FastifyReply {
  const { body, etag, encoding } = variantFor(request.raw, page);
  void reply.headers(page.headers).header('etag', etag).header('x-cumbre-page-cache', 'hit');
  if (clientHasPage(request.raw, etag)) return reply.code(304).send();
  if (encoding) void reply.header('content-encoding', encoding);
  return reply.code(200).send(body);
}

/**
 * The first `onRequest` hook of the application (create-app.ts adds it before the security
 * headers, the cookie parser, Nest's middleware and its request log): a GET of a public page
 * this instance holds is answered here, as the rest of the pipeline would only have recomputed
 * what the entry already carries. Every other request goes on untouched. Hits are not written to
 * the request log (a CDN in front would not write them either); `pageCache.stats` counts them.
 */
export function answerCachedPages(content: () => PublicContent | undefined) {
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const url = request.url;
    if (request.method !== 'GET' || url.startsWith('/api/') || url === '/api') return done();
    const publicContent = content();
    const key = publicContent ? pageCacheKey(request.raw) : null;
    const hit = key && publicContent?.listening ? publicContent.pageCache.get(key) : undefined;
    if (!hit) return done();
    sendCachedPage(request, reply, hit);
  };
}

export type { PublicContent };
