#!/usr/bin/env node
// npm run web-size (after `npm run build`): what the web app costs a reader (issue #12).
//   1. the staff application's initial bundle (the files index.csr.html loads up front), against
//      Angular's strict budgets (500 KB warning, 1 MB error; the build enforces the same figures,
//      apps/web/project.json);
//   2. each public page (WEB_SIZE_PATHS, default the home "/" and the demo's convocation
//      announcement, with its comments and the comment form), loaded from the server-rendered
//      production build in Chromium: the JavaScript it transfers, compressed, ≤ 150 KB. When the
//      server sends a script uncompressed, its gzip size counts (what compression would transfer)
//      and the raw size is shown beside it. WEB_SIZE_VERBOSE=1 lists every script, largest first;
//   3. Largest Contentful Paint of each public page under a throttled "slow 4G" profile
//      (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), as information only.
// Exits 1 above a limit. The API runs with the demo data (fictional people) so that the pages
// show what a reader sees: announcement cards, an announcement with comments. DATABASE_URL:
// where the throwaway database is made (else an embedded
// PostgreSQL); WEB_SIZE_PORT (3105); CHROMIUM_PATH (/usr/bin/chromium).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startCumbre, stop } from '../bench/lib/servers.mjs';
import { createThrowawayDatabase } from './lib/database.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const LIMITS = { initialWarning: 500 * KB, initialError: 1024 * KB, publicJs: 150 * KB };
const browserDir = resolve(root, 'dist/apps/web/browser');
// The demo's convocation (DEMO_CONVOCATION_SLUG, apps/api/src/demo/public-demo.ts).
const ANNOUNCEMENT_PATH = '/anuncios/convocatoria-cumbre-seguridad-ciudadana-5-de-diciembre';
const verbose = process.env.WEB_SIZE_VERBOSE === '1';
const paths = (process.env.WEB_SIZE_PATHS ?? `/,${ANNOUNCEMENT_PATH}`)
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** The files the staff app loads before anything else: entry scripts, module preloads, global styles. */
function initialBundle() {
  const index = ['index.csr.html', 'index.html'].map((f) => resolve(browserDir, f)).find(existsSync);
  if (!index) throw new Error(`no ${browserDir}/index.csr.html: run \`npm run build\` first`);
  const html = readFileSync(index, 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g)) files.add(m[1]);
  const sizes = [...files]
    .filter((f) => !/^https?:/.test(f))
    .map((f) => {
      const file = resolve(browserDir, f.replace(/^\//, ''));
      return { file: f, raw: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
    });
  return { files: sizes, raw: sizes.reduce((t, s) => t + s.raw, 0), gzip: sizes.reduce((t, s) => t + s.gzip, 0) };
}

/**
 * Every script a page loads: its compressed body as transferred (CDP: the request's bytes on the
 * wire less its response headers), the headers apart, raw and gzip sizes of its body.
 */
async function publicPageJs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') {
      scripts.set(e.requestId, {
        url: e.response.url,
        encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? null,
        // What had arrived when the response started: its status line and headers.
        headers: e.response.encodedDataLength ?? 0,
      });
    }
  });
  const transferred = new Map();
  cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));
  let lastRequest = Date.now();
  cdp.on('Network.requestWillBeSent', () => (lastRequest = Date.now()));
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  if (!res || res.status() !== 200) throw new Error(`${url} answered ${res?.status()}`);
  // On a busy machine hydration can pause for longer than "network idle" allows (500 ms) between
  // waves of lazy chunks: wait for 3 s without a new request (30 s at most).
  for (const until = Date.now() + 30_000; Date.now() - lastRequest < 3000 && Date.now() < until; ) {
    await page.waitForTimeout(250);
  }
  const out = [];
  for (const [id, s] of scripts) {
    const body = Buffer.from((await cdp.send('Network.getResponseBody', { requestId: id })).body, 'utf8');
    const gzip = gzipSync(body).length;
    const wire = transferred.get(id) ?? 0;
    const compressed = Math.max(0, wire - s.headers);
    out.push({ url: s.url, headers: s.headers, raw: body.length, gzip, counted: s.encoding ? compressed : gzip });
  }
  await context.close();
  const sum = (key) => out.reduce((t, s) => t + s[key], 0);
  return { scripts: out, counted: sum('counted'), raw: sum('raw'), headers: sum('headers') };
}

/** LCP in ms under a slow-4G network and a 4× slower CPU (fresh context: nothing cached). */
async function lcpSlow4g(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const lcp = await page.evaluate(
    () =>
      new Promise((done) => {
        let last = null;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => done(last), 1500);
      }),
  );
  await context.close();
  return lcp === null ? null : Math.round(lcp);
}

async function main() {
  let failed = false;
  const initial = initialBundle();
  const initialVerdict =
    initial.raw > LIMITS.initialError
      ? 'ERROR (> 1 MB)'
      : initial.raw > LIMITS.initialWarning
        ? 'warning (> 500 KB)'
        : 'ok';
  if (initial.raw > LIMITS.initialError) failed = true;
  console.log(
    `staff app initial bundle: ${kb(initial.raw)} raw (${kb(initial.gzip)} gzip) in ${initial.files.length} files — budget 500 KB warning / 1 MB error: ${initialVerdict}`,
  );

  const database = await createThrowawayDatabase(root, process.env.DATABASE_URL);
  let cumbre;
  let browser;
  try {
    const port = Number(process.env.WEB_SIZE_PORT ?? 3105);
    cumbre = await startCumbre(root, {
      name: 'web-size',
      port,
      databaseUrl: database.url,
      jwtSecret: randomBytes(48).toString('base64url'),
      demoData: true,
    });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    for (const path of paths) {
      const url = cumbre.url + path;
      const js = await publicPageJs(browser, url);
      const over = js.counted > LIMITS.publicJs;
      if (over) failed = true;
      const uncompressed = js.scripts.some((s) => s.counted === s.gzip);
      console.log(
        `public page ${path}: ${kb(js.counted)} of compressed JavaScript in ${js.scripts.length} scripts (${kb(js.raw)} raw;` +
          ` their responses' HTTP headers, not counted: ${kb(js.headers)})` +
          `${uncompressed ? ' [the server sent scripts uncompressed: their gzip size is counted]' : ''} — limit 150 KB: ${over ? 'OVER' : 'ok'}`,
      );
      if (verbose) {
        for (const s of [...js.scripts].sort((a, b) => b.counted - a.counted)) {
          console.log(
            `    ${kb(s.counted).padStart(9)} ${kb(s.raw).padStart(9)} raw  ${s.url.replace(cumbre.url, '')}`,
          );
        }
      }
      const lcp = await lcpSlow4g(browser, url);
      console.log(`  LCP under slow 4G + 4× CPU (information): ${lcp === null ? 'not reported' : `${lcp} ms`}`);
    }
  } finally {
    await browser?.close();
    await stop(cumbre);
    await database.dispose();
  }
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(`web-size failed: ${err.stack ?? err}`);
    process.exit(1);
  });
