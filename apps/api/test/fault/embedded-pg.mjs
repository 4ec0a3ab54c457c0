// node embedded-pg.mjs start DATA_DIR PORT DATABASE | stop DATA_DIR
// Starts (initialising the folder the first time) or stops a throwaway embedded PostgreSQL, in a
// process of its own: jest's test sandbox cannot import ES modules, and the postmaster runs
// detached (pg_ctl), so it outlives this process until `stop`.
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const { startEmbeddedPostgres, stopEmbeddedPostgresAt } = await import(
  pathToFileURL(resolve(root, 'tools/embedded-postgres/embedded-postgres.mjs')).href
);
const [command, dataDir, port, database] = process.argv.slice(2);
const log = (m) => process.stderr.write(`${m}\n`);
if (command === 'start') {
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), log });
  if (database) await server.createDatabase(database);
  process.stdout.write(server.url(database));
} else if (command === 'stop') {
  await stopEmbeddedPostgresAt(dataDir, log);
} else {
  log('usage: embedded-pg.mjs start DATA_DIR PORT [DATABASE] | stop DATA_DIR');
  process.exit(2);
}
