import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_PREFIX } from '../app/create-app';
import { issueXsrfCookie } from '../auth/csrf';
import { PublicContent } from '../common/public-content/public-content.service';
import { PageResponse } from './page-response';
import { sealPage } from './page-scripts';
import { cachedPage, PAGE_CACHE_CONTROL, pageCacheKey, sendCachedPage, takeCacheTags } from './public-page-cache';

/** What apps/web/src/server.ts exports: true when Angular answered, false when not a page. */
export type PageHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Angular's build names its bundles `name-HASH.ext` (their precompressed copies `.ext.br`): safe to cache for a year. */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+(?:\.br|\.gz)?$/;
/**
 * A request for a kind of file the build produces (`/logo.png`, `/x/app.js`) that is not
 * there: a 404, not the app's HTML. Other dots (an e-mail in a route) are page paths.
 */
const ASSET_PATH = /\.(?:m?js|css|map|json|txt|xml|webmanifest|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf)$/i;

const logger = new Logger('WebFrontend');

function isApiPath(url: string): boolean {
  const path = url.split('?', 1)[0];
  return path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
}

async function loadPageHandler(serverEntry: string): Promise<PageHandler> {
  // The API is a CommonJS webpack bundle and the SSR server an ES module: this must stay a
  // real `import()`, which webpack and ts-jest would otherwise rewrite into `require()`.
  const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<Record<string, unknown>>;
  const mod = await importEsm(pathToFileURL(serverEntry).href);
  if (typeof mod['handlePage'] !== 'function') {
    throw new Error(`${serverEntry} does not export handlePage(req, res)`);
  }
  return mod['handlePage'] as PageHandler;
}

/** Without a server build, every page gets the client-side shell (Angular renders in the browser). */
function clientShell(browserDir: string): PageHandler {
  const file = ['index.csr.html', 'index.html'].map((f) => resolve(browserDir, f)).find((f) => existsSync(f));
  const html = file ? readFileSync(file) : undefined;
  return async (_req, res) => {
    if (!html) return false;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
    return true;
  };
}

/**
 * Serves the Angular app from the API process, on the same origin (cookies and CSRF rely on
 * it): the browser bundles as static files, every other GET outside /api through Angular's
 * server-side rendering. Does nothing when the web app has not been built, so the API also
 * runs alone. Must be called before the app listens.
 *
 * @returns whether the web app is served
 */
export async function registerWebFrontend(
  app: NestFastifyApplication,
  webDistDir: string,
  // Tests pass their own: a jest test cannot import the ES module of the real server build.
  options: { pageHandler?: PageHandler; publicContent?: PublicContent } = {},
): Promise<boolean> {
  const browserDir = resolve(webDistDir, 'browser');
  const serverEntry = resolve(webDistDir, 'server', 'server.mjs');
  if (!existsSync(browserDir)) {
    logger.warn(`no web app in ${browserDir}: serving the API only (build it with npm run build)`);
    return false;
  }
  const handlePage =
    options.pageHandler ?? (existsSync(serverEntry) ? await loadPageHandler(serverEntry) : clientShell(browserDir));

  await app.register(fastifyStatic, {
    root: browserDir,
    prefix: '/',
    // Each file gets its own route, found before the page route below; nothing else is served
    // from the folder. The HTML shells are Angular's to render, never sent as files.
    wildcard: false,
    index: false,
    // The build's brotli and gzip copies (scripts/precompress-web.mjs) are sent for their file
    // when the browser accepts them (quality 11, not the on-the-fly quality 4); never on their own.
    preCompressed: true,
    globIgnore: ['index.html', 'index.csr.html', '**/*.br', '**/*.gz'],
    decorateReply: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
    },
  });

  // The render cache of public pages (public-page-cache.ts); off when changes cannot be heard.
  const content: PublicContent = options.publicContent ?? app.get(PublicContent);
  const pages = content.pageCache;

  const instance = app.getHttpAdapter().getInstance();
  instance.route({
    method: 'GET',
    url: '/*',
    handler: async (request, reply) => {
      // Unknown API paths keep Nest's JSON 404; a missing file is not a page either.
      if (isApiPath(request.url) || ASSET_PATH.test(request.url.split('?', 1)[0])) {
        return reply.callNotFound();
      }
      // A page in the cache is normally answered before this route (answerCachedPages, the first
      // hook); here when it arrived while the entry was being stored.
      const key = pageCacheKey(request.raw);
      const hit = key && content.listening ? pages.get(key) : undefined;
      if (hit) return sendCachedPage(request, reply, hit);
      const since = pages.begin();
      const page = new PageResponse(request.raw);
      let handled: boolean;
      try {
        handled = await handlePage(request.raw, page.asServerResponse());
      } catch (err) {
        logger.error({ reqId: request.id, err, url: request.url }, 'server-side rendering failed');
        return reply.code(500).type('text/plain; charset=utf-8').send('Internal error');
      }
      if (!handled) return reply.callNotFound();
      const headers = page.headers();
      const tags = takeCacheTags(headers as Record<string, unknown>);
      const sealed = sealPage(page.body(), headers['content-type']);
      // A public page (it declared what it shows) is shared by every reader and any CDN: no
      // Set-Cookie. Other pages (sign-in, the staff shell) hand out the XSRF cookie.
      if (!tags) issueXsrfCookie(request, reply);
      // Signed-in pages render in the browser (app.routes.server.ts): no page holds personal data.
      void reply.code(page.statusCode).headers(headers).header('content-security-policy', sealed.contentSecurityPolicy);
      if (key && tags && page.statusCode === 200 && content.listening) {
        void reply.header('cache-control', PAGE_CACHE_CONTROL);
        // Stored with every header this response has so far (the security headers among them).
        const entry = cachedPage(sealed.body, reply.getHeaders() as Record<string, unknown>, tags);
        pages.set(key, entry, since);
        void reply.header('etag', entry.etag).header('x-cumbre-page-cache', 'miss');
      }
      return reply.send(sealed.body);
    },
  });
  logger.log(`serving the web app from ${webDistDir}${existsSync(serverEntry) ? ' with server-side rendering' : ''}`);
  return true;
}
