import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../..');

/**
 * What an interrupted run (Ctrl-C, a killed CI job) would leave behind, a test database or a
 * throwaway PostgreSQL, is removed by a detached reaper once this process is gone
 * (scripts/lib/reaper.mjs); a normal run cleans up itself and tells it so.
 */
function startReaper(task: Record<string, unknown>): { done(): Promise<void> } {
  const reaper = spawn(process.execPath, [resolve(ROOT, 'scripts/lib/reaper.mjs')], {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  reaper.send(task);
  reaper.unref();
  reaper.channel?.unref();
  return {
    done: () =>
      new Promise<void>((resolveDone) => {
        if (!reaper.connected) return resolveDone();
        reaper.send('done', () => resolveDone());
      }),
  };
}

export interface ProvisionedDatabase {
  url: string;
  dispose(): Promise<void>;
}

interface EmbeddedHandle {
  url(database?: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

async function loadEmbedded(): Promise<{
  startEmbeddedPostgres(o: { dataDir: string; port: number; log?: (m: string) => void }): Promise<EmbeddedHandle>;
}> {
  // A real ESM import (ts-jest would turn `import()` into `require()`).
  const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<never>;
  return importEsm(resolve(__dirname, '../../../tools/embedded-postgres/embedded-postgres.mjs'));
}

/**
 * A database of the run's own: on DATABASE_URL's server when set (created here, dropped at the
 * end), else on a throwaway embedded PostgreSQL in a temporary folder.
 */
export async function provisionTestDatabase(log: (m: string) => void): Promise<ProvisionedDatabase> {
  const name = `cumbre_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const reaper = startReaper({ dropDatabase: { serverUrl, name } });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`test database ${name} on ${url.host} (DATABASE_URL; dropped at the end)`);
    return {
      url: url.toString(),
      async dispose() {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
        await reaper.done();
      },
    };
  }
  const dir = mkdtempSync(resolve(tmpdir(), 'cumbre-pg-'));
  chmodSync(dir, 0o755);
  // Below Linux's ephemeral ports (32768–60999), which outgoing connections take at any moment.
  const port = 10000 + Math.floor(Math.random() * 10000);
  const { startEmbeddedPostgres } = await loadEmbedded();
  const reaper = startReaper({ dataDir: resolve(dir, 'data'), tempDir: dir });
  const server = await startEmbeddedPostgres({ dataDir: resolve(dir, 'data'), port, log });
  await server.createDatabase(name);
  log(`test database ${name} on a throwaway embedded PostgreSQL in ${dir} (port ${port}; DATABASE_URL is not set)`);
  return {
    url: server.url(name),
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      await reaper.done();
    },
  };
}
