#!/usr/bin/env node
// npm start: from a fresh clone with only Node installed to Cumbre on http://localhost:3000.
//   1. npm ci when node_modules is missing or older than package-lock.json
//   2. a production build of api and web when dist/ is missing or older than the sources
//   3. without DATABASE_URL: an embedded PostgreSQL with its data in .data/postgres (kept
//      between runs), database `cumbre`, demo data on unless DEMO_DATA says otherwise
//   4. the API (node dist/apps/api/main.js), which applies migrations, loads the demo data
//      idempotently and serves the web app on the same port
//   5. once /api/health/ready answers: the URL and the demo sign-ins
// Ctrl-C stops the API gracefully, then PostgreSQL. Only Node built-ins are imported before
// step 1 has run.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say } from './lib/console.mjs';
import { persistentJwtSecret, startPersistentDatabase } from './lib/database.mjs';
import { loadDotEnv, supervise } from './lib/supervise.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
loadDotEnv(root);
const embedded = !process.env.DATABASE_URL;

await supervise({
  root,
  configure(env) {
    env.PORT ||= '3000';
    env.NODE_ENV ||= 'production';
    env.JWT_SECRET ||= persistentJwtSecret(root);
    // Demo passwords go only into the embedded database unless someone asks for them.
    if (embedded) env.DEMO_DATA ||= 'true';
  },
  async database(env) {
    if (!embedded) return undefined;
    const port = Number(env.EMBEDDED_PG_PORT || 54329);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`EMBEDDED_PG_PORT must be a port number (1-65535), not "${env.EMBEDDED_PG_PORT}"`);
    }
    const db = await startPersistentDatabase(root, port);
    return {
      url: db.url,
      where: `embedded PostgreSQL, data in .data/postgres, port ${port}`,
      stop: db.stop,
      cleanup: { dataDir: db.dataDir },
    };
  },
  onReady(ready, env) {
    const url = ready?.url ?? env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const lines = ['', `  Cumbre is running: ${url}`];
    if (ready && !ready.web) lines.push('  (API only: the web app is not built)');
    lines.push(`  API documentation: ${url}/api/docs`);
    if (ready?.demo) {
      lines.push('', `  Demo sign-ins (every account's password: ${ready.demo.password})`);
      const width = Math.max(...ready.demo.accounts.map((a) => a.email.length));
      for (const a of ready.demo.accounts) lines.push(`    ${a.email.padEnd(width)}  ${a.description}`);
    } else {
      lines.push('', '  Demo data is off (DEMO_DATA=true loads it).');
    }
    lines.push('', '  Ctrl-C stops Cumbre (and its PostgreSQL).', '');
    process.stdout.write(lines.join('\n') + '\n');
    say('logs of the running API follow (JSON, one line per request)');
  },
});
