import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PUBLIC_CACHE_TAG_HEADER, PUBLIC_CACHE_TAGS } from '@cumbre/contracts';
import { createApp } from '../app/create-app';
import { Changes } from '../audit/changes';
import { PublicContent } from '../common/public-content/public-content.service';
import { eventually } from '../../test/eventually';
import { testConfig } from '../../test/test-app';
import { PageHandler, registerWebFrontend } from './web-frontend';

/** Counts renders; `/anuncios/<id>` declares the announcement's tag, `/privado` declares none. */
let renders = 0;
const fakeSsr: PageHandler = async (req: IncomingMessage, res: ServerResponse) => {
  renders++;
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html;charset=UTF-8');
  const id = /^\/anuncios\/([\w-]+)/.exec(req.url ?? '')?.[1];
  if (id)
    res.setHeader(
      PUBLIC_CACHE_TAG_HEADER,
      `${PUBLIC_CACHE_TAGS.announcement(id)},${PUBLIC_CACHE_TAGS.announcementList}`,
    );
  res.end(`<html><head><script nonce="CUMBRE_CSP_NONCE">x()</script></head><body>${req.url} #${renders}</body></html>`);
  return true;
};

describe('render cache of public pages', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let other: NestFastifyApplication;
  let pipelineRuns = 0;

  beforeAll(async () => {
    dir = mkdtempSync(resolve(tmpdir(), 'cumbre-web-'));
    mkdirSync(resolve(dir, 'browser'));
    writeFileSync(resolve(dir, 'browser', 'index.csr.html'), '<html></html>');
    writeFileSync(resolve(dir, 'browser', 'main-ABCDEFGH.js'), 'console.log(1)');
    app = await createApp(testConfig());
    await registerWebFrontend(app, dir, { pageHandler: fakeSsr });
    // Counts the requests that reach the hooks after the first one (helmet, cookies, Nest's
    // middleware and request log are such hooks).
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', async (request) => {
        if (!request.url.startsWith('/api/')) pipelineRuns++;
      });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    // A second instance, which writes: its change must reach the first one's cache.
    other = await createApp(testConfig());
    await other.init();
    await eventually(() => expect(app.get(PublicContent).listening).toBe(true));
  });

  afterAll(async () => {
    await other.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('renders a tagged page once, serves the same bytes and headers again, and drops it when another instance changes it', async () => {
    const id = 'a1b2c3';
    const first = await page(`/anuncios/${id}`, { 'x-request-id': 'first-page-request' });
    expect(first.headers['x-cumbre-page-cache']).toBe('miss');
    expect(first.headers[PUBLIC_CACHE_TAG_HEADER]).toBeUndefined();
    const count = renders;
    const runs = pipelineRuns;
    const second = await page(`/anuncios/${id}`, { 'x-request-id': 'second-page-request' });
    expect(second.headers['x-cumbre-page-cache']).toBe('hit');
    expect(renders).toBe(count);
    // Answered by the first hook: the rest of the pipeline never saw the request.
    expect(pipelineRuns).toBe(runs);
    expect(second.body).toBe(first.body);
    expect(second.body).not.toContain('CUMBRE_CSP_NONCE');
    // Everything the first response said, security headers and its script hashes included; the
    // request id is this request's.
    const perResponse = ['date', 'connection', 'vary', 'x-request-id', 'x-cumbre-page-cache'];
    const alike = (h: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(h).filter(([k]) => !perResponse.includes(k)));
    expect(alike(second.headers)).toEqual(alike(first.headers));
    expect(second.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[\w+/]+=*'(;|$)/);
    expect(second.headers['x-frame-options']).toBe('DENY');
    expect(second.headers['x-request-id']).toBe('second-page-request');
    expect(second.headers['vary']).toBe('Accept-Encoding');
    expect((await page(`/anuncios/${id}`, { 'if-none-match': second.headers['etag'] as string })).statusCode).toBe(304);

    // Compressed once when stored, sent as stored: each encoding with its own ETag and 304.
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const packed = await page(`/anuncios/${id}`, { 'accept-encoding': accept });
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(decode(packed.rawPayload).toString('utf8')).toBe(first.body);
      expect(packed.headers['etag']).not.toBe(first.headers['etag']);
      const again = await page(`/anuncios/${id}`, {
        'accept-encoding': accept,
        'if-none-match': packed.headers['etag'] as string,
      });
      expect(again.statusCode).toBe(304);
    }
    expect(renders).toBe(count);
    expect(pipelineRuns).toBe(runs);

    // Other language, other entry; a session cookie is never served from (or into) the cache.
    await page(`/anuncios/${id}`, { cookie: 'cumbre_lang=en' });
    expect(renders).toBe(count + 1);
    const signedIn = await page(`/anuncios/${id}`, { cookie: 'cumbre_at=abc' });
    expect(signedIn.headers['x-cumbre-page-cache']).toBeUndefined();
    expect(renders).toBe(count + 2);

    await other.get(Changes).run({ actor: null, origin: null }, async ({ manager }) => {
      await other.get(PublicContent).changed(manager, [PUBLIC_CACHE_TAGS.announcement(id)]);
    });
    await eventually(() => expect(app.get(PublicContent).pageCache.get(`es /anuncios/${id}`)).toBeUndefined());
    const after = await page(`/anuncios/${id}`);
    expect(after.headers['x-cumbre-page-cache']).toBe('miss');
  });

  it('public pages, public JSON, feeds and static files set no cookie; other pages hand out the XSRF cookie', async () => {
    const publicUrls = [
      '/anuncios/sin-cookie',
      '/anuncios/sin-cookie', // now from the cache
      '/api/public/announcements',
      '/api/public/meetings',
      '/api/public/feeds/rss.xml',
      '/api/public/feeds/atom.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/main-ABCDEFGH.js',
    ];
    for (const url of publicUrls) {
      const res = await page(url);
      expect({ url, status: res.statusCode, setCookie: res.headers['set-cookie'] }).toEqual({
        url,
        status: 200,
        setCookie: undefined,
      });
    }
    expect((await page('/anuncios/sin-cookie')).headers['x-cumbre-page-cache']).toBe('hit');
    const signIn = await page('/privado');
    expect(String(signIn.headers['set-cookie'])).toMatch(/^XSRF-TOKEN=[\w-]{43}; Path=\/; SameSite=Strict/);
    expect((await page('/privado', { cookie: 'XSRF-TOKEN=abc' })).headers['set-cookie']).toBeUndefined();
  });

  it('a change carried by a session cookie still needs the XSRF header, and its refusal hands the cookie out', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/announcements/cualquiera/comments',
      headers: { cookie: 'cumbre_at=sesion-ajena' },
      payload: { name: 'Rosa', email: 'rosa@correo.example', text: 'hola' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf_failed');
    expect(String(res.headers['set-cookie'])).toContain('XSRF-TOKEN=');
  });

  it('never caches a page that declares no tags', async () => {
    const before = renders;
    await page('/privado');
    await page('/privado');
    expect(renders).toBe(before + 2);
  });
});
