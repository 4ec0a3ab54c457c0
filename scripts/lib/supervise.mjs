// The lifecycle shared by `npm start` and the e2e server: prepare, database, API, wait until
// ready, then on Ctrl-C / SIGTERM stop the API first and the database last.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { portInUse, startApi, stopApi, waitUntilReady } from './api-process.mjs';
import { say, seconds, sinceStart, step, warn } from './console.mjs';
import { ensureBuild, ensureDependencies } from './prepare.mjs';

class StopRequested extends Error {}

/** Variables from `.env` (if there is one) that the environment does not already set. */
export function loadDotEnv(root) {
  const file = resolve(root, '.env');
  if (!existsSync(file)) return;
  const values = parseEnv(readFileSync(file, 'utf8'));
  // An empty value in .env means "not set", as in .env.example.
  const applied = Object.keys(values).filter((k) => process.env[k] === undefined && values[k] !== '');
  for (const key of applied) process.env[key] = values[key];
  say(`read .env (${applied.length} variable${applied.length === 1 ? '' : 's'}: ${applied.join(', ') || 'none new'})`);
}

/** The server part of a database URL, for messages; the API itself validates the URL. */
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return 'not a URL';
  }
}

function spawnReaper(root) {
  const reaper = spawn(process.execPath, [resolve(root, 'scripts/lib/reaper.mjs')], {
    cwd: root,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  reaper.unref();
  reaper.channel?.unref();
  return reaper;
}

/**
 * @param {object} o
 * @param {string} o.root
 * @param {(env: NodeJS.ProcessEnv) => Promise<{ url: string, where: string, stop: () => Promise<void>, cleanup?: object } | undefined>} o.database
 *   starts a database when one is needed and returns how to reach and stop it
 * @param {(env: NodeJS.ProcessEnv) => void} o.configure sets the API's environment defaults
 * @param {(ready: object, env: NodeJS.ProcessEnv) => void} o.onReady prints what the user needs
 */
export async function supervise({ root, database, configure, onReady }) {
  let stopSignal;
  let stopping;
  let api;
  let db;
  const reaper = spawnReaper(root);

  const shutdown = async (reason, exitCode) => {
    if (stopping) return stopping;
    stopping = (async () => {
      const t = Date.now();
      say(`${reason}: stopping`);
      if (api && api.child.exitCode === null && api.child.signalCode === null) {
        say('stopping the API (in-flight requests finish, connections close) ...');
        await stopApi(api);
      }
      if (db) {
        say(`stopping PostgreSQL (${db.where}) ...`);
        await db.stop().catch((err) => warn(`PostgreSQL did not stop cleanly: ${err.message}`));
      }
      if (reaper.connected) await new Promise((r) => reaper.send('done', r));
      say(`stopped in ${seconds(t)}`);
      process.exit(exitCode);
    })();
    return stopping;
  };

  const onSignal = (signal) => {
    if (stopSignal) {
      say(`${signal} again: already stopping, please wait`);
      return;
    }
    stopSignal = signal;
    // While a step is running its own child gets the terminal's Ctrl-C; the step then fails
    // and the catch below stops whatever was started. Once the API runs, stop at once.
    if (api) void shutdown(`${signal} received`, 0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  const checkpoint = () => {
    if (stopSignal) throw new StopRequested();
  };

  try {
    await ensureDependencies(root);
    checkpoint();
    await ensureBuild(root);
    checkpoint();

    const env = { ...process.env };
    configure(env);
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`PORT must be a port number (1-65535), not "${env.PORT}"`);
    }
    if (await portInUse(port)) {
      throw new Error(`port ${port} is already in use (is Cumbre already running?); set PORT to another port`);
    }
    await step('database', async () => {
      db = await database(env);
      if (!db) return `DATABASE_URL (${hostOf(env.DATABASE_URL)})`;
      if (db.cleanup) reaper.send(db.cleanup);
      env.DATABASE_URL = db.url;
      return db.where;
    });
    checkpoint();

    await step(`API and web app on port ${port} (migrations run on boot)`, async () => {
      api = startApi(root, env);
      reaper.send({ apiPid: api.child.pid });
      void api.exited.then(({ code, signal }) => {
        if (stopping) return;
        // 78 (EX_CONFIG): the API has printed which variables are wrong.
        const why = code === 78 ? 'invalid configuration, see above' : (signal ?? `exit code ${code}`);
        void shutdown(`the API stopped (${why})`, 1);
      });
      const host = env.HOST && !['0.0.0.0', '::'].includes(env.HOST) ? env.HOST : '127.0.0.1';
      await waitUntilReady(api, `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
      return 'ready';
    });
    if (stopSignal) return shutdown(`${stopSignal} received`, 0);
    // The API sends its summary right after it starts listening; it normally arrived already.
    const ready = await Promise.race([api.ready, new Promise((r) => setTimeout(() => r(undefined), 3000))]);
    say(`started in ${sinceStart()}`);
    onReady(ready, env);
  } catch (err) {
    if (err instanceof StopRequested || stopSignal) return shutdown(`${stopSignal} received`, 0);
    if (!stopping) {
      warn(err instanceof Error ? err.message : String(err));
      await shutdown('start-up failed', 1);
    }
  }
}
