// The processes the bench races: Cumbre's production build, the bare baseline, and (two-instance
// mode) a tiny round-robin load balancer. Each runs in its own process; logs go to tmp/bench/.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startProcess(root, name, args, env) {
  mkdirSync(resolve(root, 'tmp/bench'), { recursive: true });
  const log = createWriteStream(resolve(root, `tmp/bench/${name}.log`));
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { name, child, exited, logFile: resolve(root, `tmp/bench/${name}.log`) };
}

async function waitReady(proc, url, timeoutMs = Number(process.env.BENCH_START_TIMEOUT_SECONDS ?? 300) * 1000) {
  let gone;
  void proc.exited.then((r) => (gone = r));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${proc.name} exited during start-up (${gone.signal ?? gone.code}); see ${proc.logFile}`);
    try {
      const res = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${proc.name} was not ready after ${timeoutMs / 1000} s; see ${proc.logFile}`);
}

/**
 * Cumbre's production build (dist/apps/api/main.js): it applies the migrations at start.
 * `demoData` loads the demo data set (web-size measures the demo's announcement page).
 */
/** The production image's NODE_OPTIONS heap cap (docker/app.Dockerfile), read from there so the two cannot drift. */
const PRODUCTION_HEAP = /--max-old-space-size=\d+/.exec(
  readFileSync(new URL('../../docker/app.Dockerfile', import.meta.url), 'utf8'),
)?.[0];

export async function startCumbre(root, { name = 'cumbre', port, databaseUrl, jwtSecret, demoData = false }) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    DEMO_DATA: demoData ? 'true' : 'false',
    // One JSON line per request would be work the baseline does not do.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    // The bench only: post-comment sends each comment from another client address
    // (X-Forwarded-For), as readers behind the reverse proxy of a real deployment do.
    TRUST_PROXY: 'true',
  };
  // BENCH_CPU_PROF=1: a V8 CPU profile of each Cumbre process (and of the baseline), written to tmp/bench/prof/ when it stops.
  const prof =
    process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${resolve(root, 'tmp/bench/prof')}`] : [];
  // Cumbre runs as the production image runs it: with its heap cap (NODE_OPTIONS in docker/app.Dockerfile).
  const heap = PRODUCTION_HEAP ? [PRODUCTION_HEAP] : [];
  // BENCH_NODE_FLAGS='--trace-gc …': more V8/Node flags for each Cumbre process (diagnosis only).
  const extra = process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
  const proc = startProcess(root, name, [...heap, ...extra, ...prof, resolve(root, 'dist/apps/api/main.js')], env);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(proc, url);
  return { ...proc, url, port };
}

export async function startBaseline(root, { name = 'baseline', file, port, databaseUrl, jwtSecret, pagesDir }) {
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    BENCH_PAGES_DIR: pagesDir,
  };
  const prof =
    process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${resolve(root, 'tmp/bench/prof')}`] : [];
  const proc = startProcess(root, name, [...prof, file], env);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(proc, url);
  return { ...proc, url, port };
}

/** Round-robin HTTP load balancer in this process (keep-alive to the upstreams). */
export function startBalancer(port, upstreams) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(upstreams[next++ % upstreams.length]);
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r(agent.destroy()))),
      }),
    ),
  );
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(proc, graceMs = 10_000) {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}
