import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';

/**
 * The directives every response carries. Scripts only from our origin; styles may be inline
 * (Angular writes component styles and `style` attributes; a nonce in style-src would make
 * browsers ignore 'unsafe-inline' and break them). Nothing may frame us.
 */
const BASE_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'connect-src': ["'self'"],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The policy of a server-rendered page: besides our own files, exactly the inline scripts Angular
 * wrote into it may run, each allowed by the SHA-256 of its text (web/page-scripts.ts). A hash,
 * unlike a per-response nonce, leaves the page the same bytes for every reader, so a cached page
 * is stored compressed once and sent as it is.
 */
export function pageContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return serialise({ ...BASE_DIRECTIVES, 'script-src': ["'self'", ...scriptHashes.map((h) => `'${h}'`)] });
}

type HeaderValue = string | number | readonly string[];

/**
 * What helmet does to every response, found once: with these options its headers depend on the
 * configuration only (the policy's directives are fixed), so helmet runs here against a response
 * that records them, and each request gets the recorded headers. Run on every request, helmet
 * wrote the policy's text again and went through its dozen middlewares: 6% of a comment post's
 * time in the API's profile (issue #12). (The Fastify wrapper, @fastify/helmet, did more: it built
 * the middleware itself again on every request.)
 */
export function helmetHeaders(options: Parameters<typeof helmet>[0]): {
  set: [string, HeaderValue][];
  removed: string[];
} {
  const set: [string, HeaderValue][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: HeaderValue) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish at once: its headers depend on more than its options');
  return { set, removed };
}

/**
 * Security headers on every response (helmet), `Cache-Control: no-store` on API responses that
 * do not choose their own (they carry tokens or one person's data; shared caches must not keep
 * them), and CORS only for the configured origins (none by default: the web app is same-origin).
 */
export function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): void {
  const https = config.publicUrl.startsWith('https://');
  const headers = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: BASE_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Calendar apps and feed readers fetch .ics and feeds from other origins.
    crossOriginResourcePolicy: { policy: 'same-site' },
    // Over plain http (development) HSTS would pin browsers to an https that is not there.
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  const instance = app.getHttpAdapter().getInstance();
  instance.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers.set) reply.raw.setHeader(name, value);
    for (const name of headers.removed) reply.raw.removeHeader(name);
    done();
  });
  instance.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'X-XSRF-TOKEN', 'X-Request-Id', 'Idempotency-Key'],
      exposedHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
}
