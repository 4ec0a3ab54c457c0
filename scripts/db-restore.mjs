#!/usr/bin/env node
// npm run db:restore -- FILE --yes: replaces the Cumbre database's contents with a backup made by
// npm run db:backup. Against DATABASE_URL when set, else the embedded database of npm start.
// Every table in the backup is dropped and recreated, in one transaction: it either all
// happens or nothing does. Stop the API first; --yes says you mean it. A backup written by Node
// (no pg_dump was at hand) is restored by Node too: no pg_restore needed.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say, warn } from './lib/console.mjs';
import { isLogicalBackup, restoreLogicalBackup } from './lib/logical-backup.mjs';
import { connectionArgs, findTool, openTargetDatabase, run, serverMajorVersion } from './lib/pg-tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
const confirmed = argv.includes('--yes');

if (!file || !existsSync(file)) {
  warn(`usage: npm run db:restore -- FILE --yes (${file ? `${file} does not exist` : 'no backup file given'})`);
  process.exit(2);
}

try {
  const target = await openTargetDatabase(root);
  try {
    if (!confirmed) {
      warn(`this replaces every table of ${target.where} with the contents of ${file}; run again with --yes to do it`);
      process.exitCode = 2;
    } else if (isLogicalBackup(file)) {
      say(`restoring ${resolve(file)} into ${target.where} (logical backup: the app's migrations, then the rows)`);
      const { counts, migrations } = await restoreLogicalBackup(target.url, resolve(file), root);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      say(`${migrations} migrations applied, ${Object.keys(counts).length} tables, ${rows} rows`);
      say(`restored ${target.where} from ${resolve(file)}`);
    } else {
      const major = await serverMajorVersion(target.url);
      const pgRestore = findTool('pg_restore', major);
      say(`restoring ${resolve(file)} into ${target.where} (PostgreSQL ${major}) with ${pgRestore}`);
      const { env, args, database } = connectionArgs(target.url);
      await run(
        pgRestore,
        [
          ...args,
          '--dbname',
          database,
          '--clean',
          '--if-exists',
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          resolve(file),
        ],
        env,
      );
      say(`restored ${target.where} from ${resolve(file)}`);
    }
  } finally {
    await target.close();
  }
} catch (err) {
  warn(`restore failed: ${err.message}`);
  process.exit(1);
}
