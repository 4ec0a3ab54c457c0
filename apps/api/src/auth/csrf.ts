import { SetMetadata } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { XSRF_COOKIE, XSRF_HEADER } from '@cumbre/contracts';
import { hasBearerHeader, hasSessionCookie } from './session-cookies';
import { ApiError } from '../common/api-error';

export const REQUIRE_CSRF_KEY = 'cumbre:require-csrf';

/**
 * The route needs the CSRF header even without a session cookie: sign-in, so that another site
 * cannot sign a browser in to an account of the attacker's choosing.
 */
export const RequireCsrf = () => SetMetadata(REQUIRE_CSRF_KEY, true);

const CACHEABLE_PUBLIC = /^\/(?:api\/public\/|sitemap\.xml|robots\.txt)/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Angular's double-submit convention: a random `XSRF-TOKEN` cookie that the page's script can
 * read, sent back in the `X-XSRF-TOKEN` header. Another site can make the browser send the
 * cookie but cannot read it, so it cannot produce the header.
 */
export function registerXsrfCookie(fastify: FastifyInstance, secure: boolean): void {
  secureCookies.set(fastify, secure);
  fastify.addHook('onRequest', async (request, reply) => {
    // Public, cacheable answers carry no Set-Cookie (a shared cache would refuse or leak them);
    // anonymous public writes need no CSRF token (no session cookie rides along). Pages and
    // static files (every GET outside /api) are the web front end's to decide: it hands the
    // cookie out with the pages that are not public (issueXsrfCookie). A change sent without
    // the cookie is refused with auth.csrf_failed and gets it with the refusal.
    if (SAFE_METHODS.has(request.method) && (CACHEABLE_PUBLIC.test(request.url) || !request.url.startsWith('/api/'))) {
      return;
    }
    // A bearer-token client is exempt from the check (assertCsrf): it has no use for the cookie.
    if (hasBearerHeader(request)) return;
    // Nor has an anonymous public write (a reader's comment, a flag): no session cookie rides
    // along, so assertCsrf lets it through without the header.
    if (request.url.startsWith('/api/public/') && !hasSessionCookie(withCookies(request))) return;
    issueXsrfCookie(request, reply);
  });
}

const secureCookies = new WeakMap<FastifyInstance, boolean>();

/** The request, its cookies parsed (whether or not the cookie plugin's hook has run yet). */
function withCookies(request: FastifyRequest): FastifyRequest {
  request.cookies ??= request.server.parseCookie(request.headers.cookie ?? '');
  return request;
}

/** Sets the XSRF cookie unless the browser holds one (a page that is not public, any API answer). */
export function issueXsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
  if (withCookies(request).cookies[XSRF_COOKIE]) return;
  void reply.setCookie(XSRF_COOKIE, randomBytes(32).toString('base64url'), {
    path: '/',
    sameSite: 'strict',
    secure: secureCookies.get(request.server) ?? true,
    httpOnly: false,
  });
}

/**
 * Unsafe requests carried by the browser's cookies (no Authorization header) must echo the
 * XSRF cookie in the header. A bearer-token client is exempt: no other site can make a browser
 * send that header.
 */
export function assertCsrf(req: FastifyRequest, alwaysRequired: boolean): void {
  if (SAFE_METHODS.has(req.method) || hasBearerHeader(req)) return;
  if (!alwaysRequired && !hasSessionCookie(req)) return;
  const cookie = req.cookies?.[XSRF_COOKIE];
  const header = req.headers[XSRF_HEADER.toLowerCase()];
  if (!cookie || typeof header !== 'string' || !sameSecret(cookie, header)) {
    throw new ApiError(
      'auth.csrf_failed',
      `CSRF check failed: send the ${XSRF_COOKIE} cookie's value in the ${XSRF_HEADER} header`,
    );
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
