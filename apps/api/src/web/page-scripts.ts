import { createHash } from 'node:crypto';
import { pageContentSecurityPolicy } from '../app/security-headers';

/**
 * apps/web/src/index.html marks its root element `ngCspNonce="…"` with this placeholder; Angular
 * (on the server, and Beasties when it inlines critical CSS) copies it into the `nonce` attribute
 * of each inline script and style it writes. That attribute is how a page's own inline scripts
 * are told apart from anything else: `sealPage` allows exactly those, by hash.
 */
export const CSP_NONCE_PLACEHOLDER = 'CUMBRE_CSP_NONCE';

const MARK = new RegExp(`\\s(?:nonce|ngCspNonce|ngcspnonce)="${CSP_NONCE_PLACEHOLDER}"`, 'g');
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const MARKED = new RegExp(`\\snonce="${CSP_NONCE_PLACEHOLDER}"`);
const HAS_SRC = /\ssrc\s*=/i;

/** A page ready to send: its bytes (the same for every reader) and the CSP that goes with them. */
export interface SealedPage {
  body: Buffer;
  contentSecurityPolicy: string;
}

/**
 * The inline scripts Angular marked (the placeholder nonce, no `src`) are allowed in the page's
 * Content-Security-Policy by the SHA-256 of their text; the marks are removed. Any other inline
 * script (one that did not come from Angular's own rendering) matches no hash and does not run.
 * What is not HTML passes unchanged, with the policy of a page without inline scripts.
 */
export function sealPage(body: Buffer, contentType: unknown): SealedPage {
  if (!String(contentType ?? '').startsWith('text/html')) {
    return { body, contentSecurityPolicy: pageContentSecurityPolicy([]) };
  }
  const html = body.toString('utf8');
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (!MARKED.test(attributes) || HAS_SRC.test(attributes)) continue;
    // Browsers hash the script's text as parsed, after HTML's newline normalisation.
    const parsed = text.replace(/\r\n?/g, '\n');
    hashes.add(`sha256-${createHash('sha256').update(parsed, 'utf8').digest('base64')}`);
  }
  return {
    body: Buffer.from(html.replace(MARK, ''), 'utf8'),
    contentSecurityPolicy: pageContentSecurityPolicy([...hashes]),
  };
}
