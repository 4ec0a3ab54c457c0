#!/usr/bin/env node
// npm run db:backup [-- --out FILE]: a pg_dump of the Cumbre database in PostgreSQL's custom
// format (compressed; restore with npm run db:restore). Against DATABASE_URL when set, else the
// embedded database of npm start (.data/postgres). Default file: backups/cumbre-<date>.dump.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say, warn } from './lib/console.mjs';
import { connectionArgs, findTool, openTargetDatabase, run, serverMajorVersion } from './lib/pg-tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const out = resolve(outIndex >= 0 ? argv[outIndex + 1] : resolve(root, 'backups', `cumbre-${stamp}.dump`));

try {
  const target = await openTargetDatabase(root);
  try {
    const major = await serverMajorVersion(target.url);
    const pgDump = findTool('pg_dump', major);
    say(`backing up ${target.where} (PostgreSQL ${major}) to ${out} with ${pgDump}`);
    mkdirSync(dirname(out), { recursive: true });
    const { env, args, database } = connectionArgs(target.url);
    // Custom format: compressed, and pg_restore can recreate every object in order.
    // No owners or grants: the backup restores into a server with other role names.
    await run(pgDump, [...args, '--format=custom', '--no-owner', '--no-privileges', '--file', out, database], env);
    say(`backup written: ${out} (${statSync(out).size} bytes); restore with: npm run db:restore -- ${out} --yes`);
  } finally {
    await target.close();
  }
} catch (err) {
  warn(`backup failed: ${err.message}`);
  process.exit(1);
}
