// Where the API's data lives when the launcher scripts run it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say } from './console.mjs';

async function embedded(root) {
  return import(pathToFileURL(resolve(root, 'tools/embedded-postgres/embedded-postgres.mjs')).href);
}

/** The persistent embedded PostgreSQL of `npm start`: data in .data/postgres, database `cumbre`. */
export async function startPersistentDatabase(root, port) {
  const { startEmbeddedPostgres } = await embedded(root);
  const dataDir = resolve(root, '.data/postgres');
  const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => say(`postgres: ${m}`) });
  await server.createDatabase('cumbre');
  return { url: server.url('cumbre'), dataDir, stop: () => server.stop() };
}

/**
 * A database nobody else uses, removed by `dispose()`: on DATABASE_URL's server when set
 * (created and dropped there), else on an embedded PostgreSQL in a temporary folder.
 * `cleanup` describes the same removal for the reaper (scripts/lib/reaper.mjs).
 */
export async function createThrowawayDatabase(root, serverUrl) {
  const name = `cumbre_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (serverUrl) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const cleanup = { dropDatabase: { serverUrl, name } };
    return {
      url: url.toString(),
      where: `database ${name} on ${url.host} (DATABASE_URL)`,
      cleanup,
      dispose: () => dropDatabase(serverUrl, name),
    };
  }
  const tempDir = mkdtempSync(resolve(tmpdir(), 'cumbre-e2e-'));
  // PostgreSQL runs as `postgres` when we are root: it must be able to enter the folder.
  chmodSync(tempDir, 0o755);
  const dataDir = resolve(tempDir, 'data');
  // Below Linux's ephemeral ports (32768–60999), which outgoing connections take at any moment.
  const port = 10000 + Math.floor(Math.random() * 10000);
  const { startEmbeddedPostgres } = await embedded(root);
  const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => say(`postgres: ${m}`) });
  await server.createDatabase(name);
  return {
    url: server.url(name),
    where: `embedded PostgreSQL in ${tempDir} (port ${port})`,
    cleanup: { dataDir, tempDir },
    async dispose() {
      await server.stop();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

export async function dropDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The JWT secret of this checkout: generated once, kept in .data/jwt-secret (mode 600). */
export function persistentJwtSecret(root) {
  const file = resolve(root, '.data/jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(resolve(root, '.data'), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  say('generated a JWT secret in .data/jwt-secret (kept for the next starts)');
  return secret;
}
