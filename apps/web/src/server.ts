// Server-side rendering entry. In production the API process (Fastify) imports this module
// from dist/apps/web/server/server.mjs and hands it every non-/api GET it cannot answer with a
// static file, so pages and API share one origin (cookies and CSRF rely on that).
import { AngularNodeAppEngine, createNodeRequestHandler, writeResponseToNodeResponse } from '@angular/ssr/node';
import type { IncomingMessage, ServerResponse } from 'node:http';

const allowedHosts = (process.env['WEB_ALLOWED_HOSTS'] ?? 'localhost,127.0.0.1')
  .split(',')
  .map((h) => h.trim())
  .filter(Boolean);
// The API validates PUBLIC_URL at boot; here a malformed value must not break the build, which
// loads this module to extract routes.
const publicHost = URL.canParse(process.env['PUBLIC_URL'] ?? '')
  ? new URL(process.env['PUBLIC_URL'] as string).hostname
  : null;
if (publicHost) allowedHosts.push(publicHost);

// Behind a reverse proxy every page request carries X-Forwarded-For. Angular renders such a
// request in the browser only (an empty shell: no content, no cache tags) unless the header is
// trusted; rendering never reads it (the API takes the client's address itself, per TRUST_PROXY),
// so it is let through beside the two Angular trusts by default, which are checked against
// allowedHosts.
const engine = new AngularNodeAppEngine({
  allowedHosts,
  trustProxyHeaders: ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for'],
});

/** Renders one request. Resolves true when Angular answered it, false when it is not a page. */
export async function handlePage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const response = await engine.handle(req);
  if (!response) return false;
  await writeResponseToNodeResponse(response, res);
  return true;
}

/** Used by the Angular dev server and the build (route extraction). */
export const reqHandler = createNodeRequestHandler(async (req, res, next) => {
  if (!(await handlePage(req, res))) next?.();
});
