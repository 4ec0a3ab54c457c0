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
//   BENCH_STRICT=1           exit 1 when a target is missed (always exit 1 on errors or wrong answers)
//   DATABASE_URL             a server to create the bench database on (else an embedded PostgreSQL)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
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
  await database?.dispose().catch(() => undefined);
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

  if (env.BENCH_SKIP_BUILD === '1' && existsSync(resolve(root, 'dist/apps/api/main.js'))) {
    log('build skipped (BENCH_SKIP_BUILD=1)');
  } else {
    log('nx build api --configuration=production');
    execFileSync(process.execPath, [nxCli(), 'build', 'api', '--configuration=production', '--outputStyle=stream'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, NX_DAEMON: 'false' },
    });
  }
  const baselineFile = await buildBaseline(root);

  database = await createThrowawayDatabase(root, env.DATABASE_URL);
  log(`database: ${database.where}`);
  const jwtSecret = randomBytes(48).toString('base64url');
  const common = { databaseUrl: database.url, jwtSecret };

  const cumbre = await startCumbre(root, { ...common, port: config.port });
  started.push(cumbre);
  log(`Cumbre (dist/apps/api/main.js) ready on ${cumbre.url}; migrations applied`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const loadStarted = Date.now();
  const counts = await loadDataset(client, config.scale, (m) => log(`  COPY ${m}`));
  const pgVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
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
    const request = await scenario.request({
      fixtures,
      cumbreUrl: cumbre.url,
      token: (u) => accessToken(jwtSecret, u),
    });
    try {
      await checkSameAnswer(scenario, request, servers);
    } catch (err) {
      log(`  ${err.message}`);
      results.push({ name: scenario.name, title: scenario.title, target: scenario.target, failed: err.message });
      broken = true;
      continue;
    }
    const summary = await race(scenario, request, servers, { ...config, log });
    const v = verdict(scenario, summary.cumbre, summary.baseline);
    if (summary.cumbre.errors || summary.cumbre.non2xx || summary.cumbre.wrong || summary.baseline.wrong) broken = true;
    results.push({
      name: scenario.name,
      title: scenario.title,
      target: scenario.target,
      ratio: summary.baseline.reqPerSec ? +(summary.cumbre.reqPerSec / summary.baseline.reqPerSec).toFixed(2) : null,
      ...v,
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
          ? String(r.ratio ?? '—')
          : label.startsWith('lb→2')
            ? `${(s.reqPerSec / r.servers['lb→1'].reqPerSec).toFixed(2)} of lb→1`
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
