import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { createApp } from '../app/create-app';
import { testConfig } from '../../test/test-app';
import { PageHandler, registerWebFrontend } from './web-frontend';

/**
 * A chunk of the build and its brotli and gzip copies (scripts/precompress-web.mjs). The copies
 * end with a mark, so a test tells them from what the server would compress on the fly.
 */
const CHUNK = `export const words = ${JSON.stringify('palabra '.repeat(400))};`;
const COPY = `${CHUNK}\n// the build's copy`;

/** A built web app in miniature: browser files (one precompressed) and an HTML shell. */
function fakeWebDist(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'cumbre-web-'));
  mkdirSync(resolve(dir, 'browser'));
  writeFileSync(resolve(dir, 'browser', 'main-ABCD1234.js'), 'console.log("app")');
  writeFileSync(resolve(dir, 'browser', 'favicon.ico'), 'icon');
  writeFileSync(resolve(dir, 'browser', 'chunk-WXYZ5678.js'), CHUNK);
  writeFileSync(resolve(dir, 'browser', 'chunk-WXYZ5678.js.br'), brotliCompressSync(COPY));
  writeFileSync(resolve(dir, 'browser', 'chunk-WXYZ5678.js.gz'), gzipSync(COPY));
  writeFileSync(resolve(dir, 'browser', 'index.csr.html'), '<html><body><app-root></app-root></body></html>');
  return dir;
}

/** Stands in for Angular's handler: renders `/…` pages, declines `/not-a-page`. */
const fakeSsr: PageHandler = async (req: IncomingMessage, res: ServerResponse) => {
  if (req.url === '/not-a-page') return false;
  res.statusCode = req.url === '/missing-thing' ? 404 : 200;
  res.setHeader('content-type', 'text/html;charset=UTF-8');
  res.setHeader('content-length', '999'); // wrong on purpose: Fastify must compute its own
  // What Angular writes: the root keeps index.html's placeholder nonce, its inline scripts and
  // styles copy it; the script with a `src` and the JSON block are not inline code to allow; the
  // unmarked inline script stands for one that did not come from Angular's rendering.
  res.end(
    `<html><head><script nonce="CUMBRE_CSP_NONCE">window.x=1</script><style nonce="CUMBRE_CSP_NONCE">p{}</style></head><body>` +
      `<app-root ngCspNonce="CUMBRE_CSP_NONCE" ng-server-context="ssr">${req.url}</app-root>` +
      `<script type="text/javascript" id="ng-event-dispatch-contract" nonce="CUMBRE_CSP_NONCE">y()\r\nz()</script>` +
      `<script src="main-ABCD1234.js" type="module" nonce="CUMBRE_CSP_NONCE"></script>` +
      `<script>injected()</script><script id="ng-state" type="application/json">{}</script>` +
      `<p>CUMBRE_CSP_NONCE as text stays text</p></body></html>`,
  );
  return true;
};

describe('web frontend served by the API', () => {
  let dir: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    dir = fakeWebDist();
    app = await createApp(testConfig());
    await registerWebFrontend(app, dir, { pageHandler: fakeSsr });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed bundles with a year-long immutable cache', async () => {
    const res = await app.inject({ method: 'GET', url: '/main-ABCD1234.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log("app")');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("sends the build's brotli or gzip copy of a file as the browser accepts, else the file", async () => {
    const url = '/chunk-WXYZ5678.js';
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(COPY);

    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(COPY);

    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(CHUNK);
  });

  it('never serves a compressed copy under its own name', async () => {
    const res = await app.inject({ method: 'GET', url: '/chunk-WXYZ5678.js.br' });
    expect(res.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(res.body).toContain('ng-server-context="ssr"');
  });

  it('makes browsers revalidate files whose names carry no hash', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('renders pages through SSR, with the request id and the XSRF cookie of any response', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/app/admin/usuarios',
      headers: { 'x-request-id': 'page-req-0001' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html;charset=UTF-8');
    expect(res.body).toContain('<app-root ng-server-context="ssr">/app/admin/usuarios</app-root>');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.headers['x-request-id']).toBe('page-req-0001');
    expect(String(res.headers['set-cookie'])).toMatch(/XSRF-TOKEN=/);
  });

  it("sends pages whose CSP allows exactly Angular's inline scripts, by the hash of their text", async () => {
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const bodies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'GET', url: '/publico' });
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src-attr 'none'");
      // The two marked inline scripts (the second as a browser parses it, CRLF as LF); not the
      // unmarked one, nothing unsafe, no nonce.
      expect(scriptSrc.split(' ')).toEqual(["'self'", sha256('window.x=1'), sha256('y()\nz()')]);
      expect(scriptSrc).not.toContain(sha256('injected()'));
      // The marks are gone from the page; text that happens to read like one stays.
      expect(res.body).not.toMatch(/nonce="CUMBRE_CSP_NONCE"|ngCspNonce=/);
      expect(res.body).toContain('<script src="main-ABCD1234.js" type="module"></script>');
      expect(res.body).toContain('<p>CUMBRE_CSP_NONCE as text stays text</p>');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      bodies.push(res.body);
    }
    // The same bytes for every reader: nothing in a page is particular to one response.
    expect(bodies[1]).toBe(bodies[0]);
  });

  it('keeps the status Angular chose and answers HEAD', async () => {
    expect((await app.inject({ method: 'GET', url: '/missing-thing' })).statusCode).toBe(404);
    const head = await app.inject({ method: 'HEAD', url: '/' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('never sends the HTML shell as a file', async () => {
    const res = await app.inject({ method: 'GET', url: '/index.csr.html' });
    expect(res.body).not.toContain('<app-root></app-root>');
  });

  it('answers unknown API paths with Nest’s JSON 404, not a page', async () => {
    for (const url of ['/api/nope', '/api', '/api/nope?x=1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.json()).toMatchObject({ statusCode: 404 });
    }
  });

  it('answers 404 for a missing asset and for what Angular declines', async () => {
    expect((await app.inject({ method: 'GET', url: '/chunk-MISSING1.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/not-a-page' })).statusCode).toBe(404);
  });

  it('does not take over other methods', async () => {
    const res = await app.inject({ method: 'POST', url: '/app/admin', payload: {} });
    expect(res.statusCode).toBe(404);
  });
});
