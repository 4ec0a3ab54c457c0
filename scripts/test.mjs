#!/usr/bin/env node
// npm test: every project's unit and integration tests through Nx (nx run-many -t test; the API's
// `test` runs its two tiers, test-unit and test-integration, and each prints jest's summary), with
// a word first on where the API's integration tests get their PostgreSQL and a count at the end.
// Extra arguments go to Nx: npm test -- --skip-nx-cache, npm test -- -p api
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { say, sinceStart } from './lib/console.mjs';
import { parseSummaryLine, taskProjectOf } from './lib/test-summary.mjs';
import { ensureDependencies } from './lib/prepare.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A fresh clone has no node_modules: install first, as npm start does.
await ensureDependencies(root);
const db = process.env.DATABASE_URL;
const hostOf = (url) => {
  try {
    return new URL(url).host;
  } catch {
    return 'DATABASE_URL is not a URL';
  }
};
say('npm test: unit tests (*.spec.ts) and integration tests (*.int-spec.ts) of every project, through Nx');
say(
  db
    ? `API integration tests: on DATABASE_URL's server (${hostOf(db)}); the run creates its own database, applies every migration, and drops it at the end`
    : 'API integration tests: DATABASE_URL is not set, so on a throwaway embedded PostgreSQL in a temporary folder, with every migration applied',
);

const nxPkg = JSON.parse(readFileSync(resolve(root, 'node_modules/nx/package.json'), 'utf8'));
const child = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/nx', nxPkg.bin.nx),
    'run-many',
    '-t',
    'test',
    '--outputStyle=stream',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
  },
);

const perProject = new Map();
// A task replayed from Nx's cache prints its lines without the "project: " prefix, after a
// "> nx run project:target" header: those count for the header's project.
let replaying = '?';
const watch = (stream, out) =>
  new Promise((done) => {
    createInterface({ input: stream })
      .on('line', (line) => {
        out.write(`${line}\n`);
        replaying = taskProjectOf(line) ?? replaying;
        const r = parseSummaryLine(line);
        if (!r) return;
        const key = r.project ?? replaying;
        const t = perProject.get(key) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const k of ['passed', 'failed', 'skipped']) t[k] += r[k];
        perProject.set(key, t);
      })
      .on('close', done);
  });
// Ctrl-C reaches Nx and the test runners directly; the count is printed for what did run.
process.on('SIGINT', () => undefined);

const [code] = await Promise.all([
  new Promise((done) => child.once('exit', (c, signal) => done(c ?? (signal ? 1 : 0)))),
  watch(child.stdout, process.stdout),
  watch(child.stderr, process.stderr),
]);
const total = { passed: 0, failed: 0, skipped: 0 };
const parts = [...perProject].map(([project, t]) => {
  for (const k of Object.keys(total)) total[k] += t[k];
  return `${project} ${t.passed} passed${t.failed ? `, ${t.failed} failed` : ''}${t.skipped ? `, ${t.skipped} skipped` : ''}`;
});
say(`tests: ${parts.join('; ') || 'no test summary seen'} (${sinceStart()})`);
say(`${total.passed} passed, ${total.failed} failed${code === 0 ? '' : ` — npm test FAILED (exit code ${code})`}`);
process.exit(code);
