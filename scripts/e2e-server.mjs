#!/usr/bin/env node
// The app as the Playwright journeys need it: built if needed, on port 3000 (PORT), against a
// FRESH database of its own with the demo data loaded, and gone without a trace when stopped.
//   - DATABASE_URL set: a new database on that server, dropped on exit
//   - otherwise: an embedded PostgreSQL in a temporary folder, removed on exit
// Playwright's webServer starts it; stop it with SIGTERM or SIGINT (the API stops first, then
// the database). Even if it is killed outright, a reaper process removes what it made.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say } from './lib/console.mjs';
import { createThrowawayDatabase } from './lib/database.mjs';
import { supervise } from './lib/supervise.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.DATABASE_URL;

await supervise({
  root,
  configure(env) {
    env.PORT ||= '3000';
    env.NODE_ENV ||= 'production';
    env.LOG_LEVEL ||= 'warn';
    env.DEMO_DATA = 'true';
    // A secret of this run only: no token from an earlier run is accepted.
    env.JWT_SECRET = randomBytes(48).toString('base64url');
  },
  async database() {
    const db = await createThrowawayDatabase(root, serverUrl);
    return { url: db.url, where: `fresh ${db.where}`, stop: db.dispose, cleanup: db.cleanup };
  },
  onReady(ready, env) {
    say(
      `e2e server ready: ${ready?.url ?? `http://localhost:${env.PORT}`} (demo data loaded; SIGTERM or Ctrl-C stops it)`,
    );
  },
});
