#!/usr/bin/env node
// npm run bench: races Cumbre's production build against a bare Fastify + pg baseline on a
// generated dataset. See bench/README.md. Environment:
//   BENCH_SMOKE=1            one scenario, 3 s, one round, smoke data (CI)
//   BENCH_SCALE              smoke | small | full (default small; smoke under BENCH_SMOKE)
//   BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS   (15, 3, 2, 32)
//   BENCH_SCENARIOS=a,b      only these scenarios
//   BENCH_INSTANCES=2        also race one vs two Cumbre instances behind a Node load balancer
//   BENCH_PORT               Cumbre's port (3105); baseline +1000, second instance +2000, balancers +3000/+4000
//   BENCH_SKIP_BUILD=1       use dist/apps/api as it is
//   BENCH_KEEP_DATABASE=1    with DATABASE_URL: leave the run's database in place (its URL is printed)
//   BENCH_STRICT=1           exit 1 when a target is missed (always exit 1 on errors or wrong answers)
//   BENCH_CPU_PROF=1         V8 CPU profiles of Cumbre and the baseline in tmp/bench/prof/
//   BENCH_NODE_FLAGS='…'     more Node flags for each Cumbre process (diagnosis: --trace-gc, --inspect)
//   DATABASE_URL             a server to create the bench database on (else an embedded PostgreSQL)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { createThrowawayDatabase } from '../scripts/lib/database.mjs';
import { buildBaseline } from './lib/baseline-build.mjs';
import { benchFixtures, loadDataset, scaleOf } from './lib/dataset.mjs';
import { checkSameAnswer, race } from './lib/race.mjs';
import { rssMb, startBalancer, startBaseline, startCumbre, stop } from './lib/servers.mjs';
import { accessToken } from './lib/tokens.mjs';
import { SCENARIOS, targetText, verdict } from './scenarios.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const smoke = env.BENCH_SMOKE === '1';
const num = (v, d) => (v === undefined || v === '' ? d : Number(v));
const config = {
  scale: scaleOf(env.BENCH_SCALE ?? (smoke ? 'smoke' : 'small')),
  seconds: num(env.BENCH_SECONDS, smoke ? 3 : 15),
  warmupSeconds: num(env.BENCH_WARMUP_SECONDS, smoke ? 1 : 3),
  rounds: num(env.BENCH_ROUNDS, smoke ? 1 : 2),
  connections: num(env.BENCH_CONNECTIONS, 32),
  instances: num(env.BENCH_INSTANCES, 1),
  port: num(env.BENCH_PORT, 3105),
};
const only = env.BENCH_SCENARIOS?.split(',').map((s) => s.trim());
const scenarios = SCENARIOS.filter((s) => (only ? only.includes(s.name) : smoke ? s.smoke : true));
const t0 = Date.now();
const log = (m) => process.stdout.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${m}\n`);

/** Nx's command-line entry, found the way npm finds it (package.json "bin"). */
function nxCli() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'node_modules/nx/package.json'), 'utf8'));
  return resolve(root, 'node_modules/nx', pkg.bin.nx ?? pkg.bin);
}

const machine = () => ({
  nproc: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
  loadavg: loadavg().map((l) => +l.toFixed(2)),
  node: process.version,
});

const started = [];
let database;
async function cleanup() {
  for (const p of started.reverse()) await (p.close ? p.close() : stop(p)).catch(() => undefined);
  // Only a database on a server of one's own (DATABASE_URL) outlives the run: the embedded one stops with it.
  if (env.BENCH_KEEP_DATABASE === '1' && env.DATABASE_URL && database) log(`database kept: ${database.url}`);
  else await database?.dispose().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}

async function main() {
  mkdirSync(resolve(root, 'tmp/bench'), { recursive: true });
  const before = machine();
  log(
    `scale ${config.scale.name}; ${config.rounds} round(s) of ${config.warmupSeconds} s warm-up + ${config.seconds} s, ${config.connections} connections; ${before.nproc} cores, load ${before.loadavg.join(' ')}`,
  );

  // The server-rendered page needs the web app's production build (served by the API process).
  const projects = scenarios.some((s) => s.needsWeb) ? ['api', 'web'] : ['api'];
  if (env.BENCH_SKIP_BUILD === '1' && existsSync(resolve(root, 'dist/apps/api/main.js'))) {
    log('build skipped (BENCH_SKIP_BUILD=1)');
  } else {
    log(`nx run-many -t build -p ${projects.join(' ')} --configuration=production`);
    execFileSync(
      process.execPath,
      [nxCli(), 'run-many', '-t', 'build', '-p', ...projects, '--configuration=production', '--outputStyle=stream'],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, NX_DAEMON: 'false' } },
    );
  }
  const baselineFile = await buildBaseline(root);

  database = await createThrowawayDatabase(root, env.DATABASE_URL);
  log(`database: ${database.where}`);
  const jwtSecret = randomBytes(48).toString('base64url');
  const pagesDir = resolve(root, 'tmp/bench/pages');
  mkdirSync(pagesDir, { recursive: true });
  const common = { databaseUrl: database.url, jwtSecret, pagesDir };

  const cumbre = await startCumbre(root, { ...common, port: config.port });
  started.push(cumbre);
  log(`Cumbre (dist/apps/api/main.js) ready on ${cumbre.url}; migrations applied`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const loadStarted = Date.now();
  const counts = await loadDataset(client, config.scale, (m) => log(`  ${m}`));
  const pgVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  // Kept open for the scenarios' own checks afterwards (post-comment: were the comments stored?).
  started.push({ close: () => client.end() });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  log(`dataset loaded in ${loadSeconds.toFixed(1)} s`);

  const baseline = await startBaseline(root, { ...common, file: baselineFile, port: config.port + 1000 });
  started.push(baseline);
  log(`baseline (bench/baseline, Fastify + pg) ready on ${baseline.url}`);

  const servers = [
    { label: 'cumbre', url: cumbre.url },
    { label: 'baseline', url: baseline.url },
  ];
  let second;
  if (config.instances >= 2) {
    second = await startCumbre(root, { ...common, name: 'cumbre-2', port: config.port + 2000 });
    started.push(second);
    const lb1 = await startBalancer(config.port + 3000, [cumbre.url]);
    const lb2 = await startBalancer(config.port + 4000, [cumbre.url, second.url]);
    started.push(lb1, lb2);
    servers.push({ label: 'lb→1', url: lb1.url, extra: true }, { label: 'lb→2', url: lb2.url, extra: true });
    log('two-instance mode: a second Cumbre and two round-robin balancers (→1 instance, →2 instances)');
  }

  const fixtures = benchFixtures(config.scale);
  const results = [];
  let broken = false;
  for (const scenario of scenarios) {
    if (scenario.pending) {
      results.push({ name: scenario.name, title: scenario.title, target: scenario.target, pending: scenario.pending });
      continue;
    }
    log(`scenario ${scenario.name}: ${scenario.title}`);
    if (scenario.growth) {
      const r = await growthScenario(scenario, { common, cumbre, baseline });
      if (r.failed) broken = true;
      results.push(r);
      continue;
    }
    const request = await scenario.request({
      fixtures,
      cumbreUrl: cumbre.url,
      token: (u) => accessToken(jwtSecret, u),
    });
    request.sent ??= 0;
    const raced = scenario.cumbreOnly ? servers.filter((s) => s.label !== 'baseline') : servers;
    const extra = {};
    try {
      if (scenario.needsWeb) Object.assign(extra, await preparePage(scenario, request, cumbre, pagesDir, fixtures));
      await checkSameAnswer(scenario, request, raced);
    } catch (err) {
      log(`  ${err.message}`);
      results.push({ name: scenario.name, title: scenario.title, target: scenario.target, failed: err.message });
      broken = true;
      continue;
    }
    // A write scenario starts every server's run at a checkpoint: after one, the first change of
    // each page writes the whole page to the write-ahead log, so without it the server that wrote
    // first after the last checkpoint (Cumbre, in round 1) paid those page images for both.
    const beforeRun = scenario.writes ? () => client.query('CHECKPOINT') : undefined;
    const summary = await race(scenario, request, raced, { ...config, log, beforeRun });
    const v = verdict(scenario, summary.cumbre, summary.baseline);
    if (scenario.after) {
      const after = await scenario.after(request, { db: client });
      log(`  afterwards: ${JSON.stringify(after)}`);
      Object.assign(extra, after);
      if (after.problem) {
        v.met = false;
        v.misses.push(after.problem);
        broken = true;
      }
    }
    if (summary.cumbre.errors || summary.cumbre.non2xx || summary.cumbre.wrong || summary.baseline?.wrong)
      broken = true;
    results.push({
      name: scenario.name,
      title: scenario.title,
      target: scenario.target,
      ratio: summary.baseline?.reqPerSec ? +(summary.cumbre.reqPerSec / summary.baseline.reqPerSec).toFixed(2) : null,
      ...v,
      ...extra,
      servers: summary,
    });
  }
  const cumbreRssMb = rssMb(cumbre.child.pid);
  const after = machine();
  const report = {
    at: new Date().toISOString(),
    config: { ...config, scale: config.scale },
    machine: { ...before, loadavgAfter: after.loadavg, postgres: pgVersion, database: database.where },
    dataset: { counts, loadSeconds },
    memory: { cumbreRssMb, targetMb: 300, met: cumbreRssMb !== null && cumbreRssMb <= 300 },
    scenarios: results,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  printTable(report);
  const file = resolve(root, `bench/results/${config.scale.name}-${report.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  log(`written ${file.slice(root.length + 1)}`);
  const missed = results.some((r) => r.met === false);
  return broken ? 1 : missed && env.BENCH_STRICT === '1' ? 1 : 0;
}

/**
 * Scenario 4's set-up: the first (uncached) renders of a few announcement pages, timed one by
 * one (their p50 is reported), then the raced page once more from Cumbre, whose bytes the
 * baseline serves statically from then on.
 */
async function preparePage(scenario, request, cumbre, pagesDir, fixtures) {
  const renders = [];
  for (const slug of fixtures.publishedSlugs.slice(0, 11)) {
    const at = performance.now();
    const res = await fetch(`${cumbre.url}/anuncios/${slug}`);
    await res.text();
    if (res.status !== 200) throw new Error(`${scenario.name}: /anuncios/${slug} answered ${res.status}`);
    renders.push(performance.now() - at);
  }
  // The first render of the process also loads Angular's server code: left out of the p50.
  const sorted = renders.slice(1).sort((a, b) => a - b);
  const firstRenderP50Ms = +sorted[Math.floor(sorted.length / 2)].toFixed(1);
  log(`  first (uncached) render of 10 pages: p50 ${firstRenderP50Ms} ms`);
  const res = await fetch(cumbre.url + request.path);
  const html = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${scenario.name}: ${request.path} answered ${res.status}`);
  writeFileSync(resolve(pagesDir, request.path.split('/').pop() + '.html'), html);
  return { firstRenderP50Ms, pageBytes: html.length };
}

/**
 * Scenario 8: public-list (scenario 1) on the run's dataset and on a second database holding
 * the `growth` dataset (100 announcements, 1,000 comments), each with a Cumbre started for it
 * and a baseline, alternating. Cumbre's p50 on the large data must stay within `target.growth` ×
 * its p50 on the small; the baseline's (uncached: the same statements every time) is shown
 * beside. Both Cumbres are fresh, so that the data is the one thing that differs: the instance
 * that served the run's other scenarios holds their caches and a heap several times larger, and
 * is raced too, as `cumbre-after-run`, for information (its p50 against the small's).
 */
async function growthScenario(scenario, { common, cumbre, baseline }) {
  const small = await createThrowawayDatabase(root, env.DATABASE_URL);
  const extra = [];
  try {
    const port = config.port + 5000;
    const cumbreSmall = await startCumbre(root, { ...common, databaseUrl: small.url, name: 'cumbre-growth', port });
    extra.push(cumbreSmall);
    const cumbreLarge = await startCumbre(root, { ...common, name: 'cumbre-growth-large', port: port + 2 });
    extra.push(cumbreLarge);
    const c = new pg.Client({ connectionString: small.url });
    await c.connect();
    await loadDataset(c, scaleOf('growth'));
    await c.end();
    const baselineSmall = await startBaseline(root, {
      ...common,
      databaseUrl: small.url,
      file: resolve(root, 'tmp/bench/baseline.cjs'),
      port: port + 1000,
      name: 'baseline-growth',
    });
    extra.push(baselineSmall);
    const list = SCENARIOS.find((s) => s.name === 'public-list');
    const request = await list.request({});
    const servers = [
      { label: 'cumbre', url: cumbreLarge.url },
      { label: 'cumbre-small', url: cumbreSmall.url },
      { label: 'baseline', url: baseline.url },
      { label: 'baseline-small', url: baselineSmall.url },
      { label: 'cumbre-after-run', url: cumbre.url },
    ];
    for (const s of servers) await checkSameAnswer(list, request, [s]);
    const summary = await race(list, request, servers, { ...config, log });
    const growth = +(summary.cumbre.p50 / summary['cumbre-small'].p50).toFixed(2);
    const baselineGrowth = +(summary.baseline.p50 / summary['baseline-small'].p50).toFixed(2);
    const afterRunGrowth = +(summary['cumbre-after-run'].p50 / summary['cumbre-small'].p50).toFixed(2);
    const misses = [];
    if (!(growth <= scenario.target.growth)) misses.push(`p50 grew ${growth}×`);
    const wrong = Object.values(summary).some((s) => s.errors || s.non2xx || s.wrong);
    if (wrong) misses.push('errors or wrong answers');
    log(
      `  growth: Cumbre p50 ${growth}× (baseline, uncached: ${baselineGrowth}×; the instance that served the run: ${afterRunGrowth}×)`,
    );
    return {
      name: scenario.name,
      title: scenario.title,
      target: scenario.target,
      growth,
      baselineGrowth,
      afterRunGrowth,
      met: misses.length === 0,
      misses,
      servers: summary,
      ...(wrong ? { failed: 'errors or wrong answers' } : {}),
    };
  } catch (err) {
    log(`  ${err.message}`);
    return { name: scenario.name, title: scenario.title, target: scenario.target, failed: err.message };
  } finally {
    for (const p of extra.reverse()) await stop(p).catch(() => undefined);
    await small.dispose().catch(() => undefined);
  }
}

function printTable(report) {
  const rows = [
    ['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'wrong', 'ratio', 'target', 'met?'],
  ];
  for (const r of report.scenarios) {
    if (r.pending || r.failed) {
      rows.push([
        r.name,
        '—',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        targetText(r.target),
        r.pending ? `not run: ${r.pending}` : 'FAILED (see above)',
      ]);
      continue;
    }
    const labels = Object.keys(r.servers);
    for (const label of labels) {
      const s = r.servers[label];
      const first = label === 'cumbre';
      rows.push([
        first ? r.name : '',
        label,
        String(s.reqPerSec),
        String(s.p50),
        String(s.p99),
        String(s.errors),
        String(s.non2xx),
        String(s.wrong),
        first
          ? r.growth !== undefined
            ? `p50 ${r.growth}× small`
            : String(r.ratio ?? '—')
          : label.startsWith('lb→2')
            ? `${(s.reqPerSec / r.servers['lb→1'].reqPerSec).toFixed(2)} of lb→1`
            : label === 'baseline-small'
              ? `p50 ${r.baselineGrowth}× small`
              : label === 'cumbre-after-run'
                ? `p50 ${r.afterRunGrowth}× small (info)`
                : '',
        first ? targetText(r.target) : '',
        first ? (r.met ? 'yes' : `NO (${r.misses.join('; ')})`) : '',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i >= 2 && i <= 8 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  process.stdout.write(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows.slice(1)) process.stdout.write(`${line(row)}\n`);
  for (const r of report.scenarios) {
    if (r.firstRenderP50Ms !== undefined)
      process.stdout.write(
        `\n${r.name}: first (uncached) render p50 ${r.firstRenderP50Ms} ms; page ${r.pageBytes} bytes`,
      );
    if (r.acknowledged !== undefined)
      process.stdout.write(`\n${r.name}: ${r.acknowledged} comments acknowledged, ${r.stored} of them in the database`);
  }
  const m = report.memory;
  process.stdout.write(
    `\nCumbre resident memory after the run: ${m.cumbreRssMb} MB (target ≤ ${m.targetMb} MB: ${m.met ? 'met' : 'NOT met'})\n` +
      `machine: ${report.machine.nproc} cores (${report.machine.cpu}), load ${report.machine.loadavg.join(' ')} → ${report.machine.loadavgAfter.join(' ')}; PostgreSQL ${report.machine.postgres}; ${report.seconds} s in all\n`,
  );
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err) => {
    process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
    await cleanup();
    process.exit(1);
  });
