#!/usr/bin/env node
// npm run db:backup [-- --out FILE] [-- --logical]: a pg_dump of the Cumbre database in
// PostgreSQL's custom format (compressed; restore with npm run db:restore). Against DATABASE_URL
// when set, else the embedded database of npm start (.data/postgres). Default file:
// backups/cumbre-<date>.dump. Without a pg_dump at least as new as the server (a fresh machine
// has none), or with --logical, Node writes the backup itself (lib/logical-backup.mjs).
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say, warn } from './lib/console.mjs';
import { writeLogicalBackup } from './lib/logical-backup.mjs';
import { connectionArgs, findTool, openTargetDatabase, run, serverMajorVersion } from './lib/pg-tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out');
const logical = argv.includes('--logical');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const out = resolve(outIndex >= 0 ? argv[outIndex + 1] : resolve(root, 'backups', `cumbre-${stamp}.dump`));

try {
  const target = await openTargetDatabase(root);
  try {
    const major = await serverMajorVersion(target.url);
    mkdirSync(dirname(out), { recursive: true });
    let pgDump;
    try {
      pgDump = logical ? undefined : findTool('pg_dump', major);
    } catch (err) {
      say(`${err.message.replace(/;.*/, '')}: Node writes the backup instead`);
    }
    if (!pgDump) {
      say(`backing up ${target.where} (PostgreSQL ${major}) to ${out} (logical backup written by Node)`);
      const counts = await writeLogicalBackup(target.url, out);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      say(`${Object.keys(counts).length} tables, ${rows} rows`);
    } else {
      say(`backing up ${target.where} (PostgreSQL ${major}) to ${out} with ${pgDump}`);
      const { env, args, database } = connectionArgs(target.url);
      // Custom format: compressed, and pg_restore can recreate every object in order.
      // No owners or grants: the backup restores into a server with other role names.
      await run(pgDump, [...args, '--format=custom', '--no-owner', '--no-privileges', '--file', out, database], env);
    }
    say(`backup written: ${out} (${statSync(out).size} bytes); restore with: npm run db:restore -- ${out} --yes`);
  } finally {
    await target.close();
  }
} catch (err) {
  warn(`backup failed: ${err.message}`);
  process.exit(1);
}
