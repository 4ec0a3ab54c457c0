import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freshDatabase, FreshDatabase } from '../../test/fresh-database';
import { createTestApp } from '../../test/test-app';

const ROOT = resolve(__dirname, '../../../..');
const run = promisify(execFile);

/** Row count and a checksum of every row's text, per table of the public schema. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const table = client.escapeIdentifier(name);
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
      );
      out[name] = { rows: Number(rows[0].rows), md5: rows[0].md5 };
    }
    return out;
  } finally {
    await client.end();
  }
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function onDatabase(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('npm run db:backup / db:restore', () => {
  let db: FreshDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await freshDatabase('cumbre_backup');
    dir = mkdtempSync(resolve(tmpdir(), 'cumbre-backup-'));
    // Migrations and the demo data, as a running app leaves them.
    const app = await createTestApp({ DATABASE_URL: db.url, DEMO_DATA: 'true' });
    await app.close();
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  // pg_dump where one at least as new as the server is found (else the script falls back by
  // itself), and the backup Node writes, which every machine can make.
  it.each([
    ['pg_dump, or Node without one', [] as string[]],
    ['written by Node (--logical)', ['--logical']],
  ])('%s: backs up, and after the database is destroyed restores every table row for row', async (_how, flags) => {
    const before = await fingerprint(db.url);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['app_user', 'meeting', 'typeorm_migrations']));
    expect(before['app_user'].rows).toBeGreaterThan(0);
    expect(before['meeting'].rows).toBeGreaterThan(0);
    expect(before['audit_event'].rows).toBeGreaterThan(0);

    const file = resolve(dir, `cumbre-${flags.length}.dump`);
    const env = { ...process.env, DATABASE_URL: db.url };
    const backup = await run(process.execPath, [resolve(ROOT, 'scripts/db-backup.mjs'), '--out', file, ...flags], {
      env,
    });
    expect(backup.stdout).toContain(`backup written: ${file}`);
    if (flags.length) expect(backup.stdout).toContain('logical backup written by Node');

    const name = new URL(db.url).pathname.slice(1);
    await onServer(`DROP DATABASE "${name}" WITH (FORCE)`);
    await onServer(`CREATE DATABASE "${name}"`);
    expect(await fingerprint(db.url)).toEqual({});

    const unconfirmed = run(process.execPath, [resolve(ROOT, 'scripts/db-restore.mjs'), file], { env });
    await expect(unconfirmed).rejects.toMatchObject({ code: 2 });
    expect(await fingerprint(db.url)).toEqual({});

    const restore = await run(process.execPath, [resolve(ROOT, 'scripts/db-restore.mjs'), file, '--yes'], { env });
    expect(restore.stdout).toContain('restored');
    expect(await fingerprint(db.url)).toEqual(before);

    // The restored database is one the app starts on, and the audit log is append-only again.
    const app = await createTestApp({ DATABASE_URL: db.url });
    await app.close();
    await expect(onDatabase(db.url, 'DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    expect(await fingerprint(db.url)).toEqual(before);
  });
});
