import type { IncomingMessage } from 'node:http';
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
 * rendered HTML is then kept, per URL and language, before its CSP nonce is filled in, and
 * served again without rendering until one of its tags changes: every write of public content
 * bumps its tags in its transaction and NOTIFYs every instance (common/public-content), which
 * drops the pages. Pages without the header, non-200 answers and requests carrying a session
 * cookie are never cached. Entries live at most PAGE_KEEP_SECONDS, a safety net only: meetings,
 * agendas, minutes and agencies bump their tags too (common/public-content/tags.ts).
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

export function cachedPage(
  body: Buffer,
  headers: Record<string, unknown>,
  tags: string[],
): CachedAnswer {
  const stringHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (k === 'set-cookie' || v === undefined) continue;
    stringHeaders[k] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return {
    body,
    etag: strongEtag(body),
    contentType: stringHeaders['content-type'] ?? 'text/html; charset=utf-8',
    status: 200,
    headers: stringHeaders,
    tags,
    expiresAt: Date.now() + PAGE_KEEP_SECONDS * 1000,
  };
}

export function clientHasPage(req: IncomingMessage, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  return typeof inm === 'string' && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export type { PublicContent };
