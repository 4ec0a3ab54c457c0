#!/usr/bin/env node
// The last step of the web app's build (`nx build web`, apps/web/project.json): a brotli
// (quality 11) and a gzip (level 9) copy beside each script and style sheet of
// dist/apps/web/browser, which the API serves as they are (@fastify/static `preCompressed`,
// apps/api/src/web/web-frontend.ts). Compressing once at build time at the highest quality
// costs nothing per request; the on-the-fly compression of other responses (quality 4, chosen
// for speed) makes scripts about 14 % larger (issue #12: the public pages' JavaScript).
// A copy that is not smaller than the file is not written. Idempotent: a copy newer than its
// file is kept.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const browserDir = resolve(root, process.argv[2] ?? 'dist/apps/web/browser');
const COMPRESSIBLE = /\.(?:m?js|css|svg|json|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const encoders = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gz: (body) => gz(body, { level: constants.Z_BEST_COMPRESSION }),
};

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : COMPRESSIBLE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

async function precompress(file) {
  const mtime = statSync(file).mtimeMs;
  let body;
  let raw = 0;
  let written = 0;
  for (const [ext, encode] of Object.entries(encoders)) {
    const copy = `${file}.${ext}`;
    if (existsSync(copy) && statSync(copy).mtimeMs >= mtime) continue;
    body ??= await readFile(file);
    raw = body.length;
    const out = await encode(body);
    if (out.length < body.length) {
      await writeFile(copy, out);
      if (ext === 'br') written = out.length;
    } else {
      await rm(copy, { force: true });
    }
  }
  return { raw, written };
}

if (!existsSync(browserDir)) {
  console.error(`precompress-web: no ${browserDir}: build the web app first`);
  process.exit(1);
}
const files = filesUnder(browserDir);
let raw = 0;
let br = 0;
let done = 0;
// Two at a time: zlib runs on libuv's thread pool, and the build machines have two cores.
for (let i = 0; i < files.length; i += 2) {
  for (const r of await Promise.all(files.slice(i, i + 2).map(precompress))) {
    if (r.written) {
      raw += r.raw;
      br += r.written;
      done++;
    }
  }
}
console.log(
  `precompress-web: ${done} of ${files.length} files compressed (brotli ${(raw / 1024).toFixed(1)} KB -> ${(br / 1024).toFixed(1)} KB, and gzip)`,
);
