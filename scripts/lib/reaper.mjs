// Cleans up after a launcher that died without doing it itself (kill -9, a test runner's
// SIGKILL). The launcher spawns it detached, tells it over IPC what it has started, and tells it
// `done` once it has cleaned up; if the channel closes before that, the reaper waits for the API
// to exit (the API shuts itself down when its own channel closes), then stops PostgreSQL and
// removes what was temporary.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tasks = {};
let done = false;

process.on('message', (msg) => {
  if (msg === 'done') done = true;
  else if (msg && typeof msg === 'object') Object.assign(tasks, msg);
});

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

process.once('disconnect', async () => {
  if (done) process.exit(0);
  try {
    if (tasks.apiPid) {
      for (let i = 0; i < 200 && alive(tasks.apiPid); i++) await sleep(100);
      if (alive(tasks.apiPid)) process.kill(tasks.apiPid, 'SIGKILL');
    }
    if (tasks.dataDir) {
      const { stopEmbeddedPostgresAt } = await import(
        pathToFileURL(resolve(root, 'tools/embedded-postgres/embedded-postgres.mjs')).href
      );
      await stopEmbeddedPostgresAt(tasks.dataDir);
    }
    if (tasks.tempDir) rmSync(tasks.tempDir, { recursive: true, force: true });
    if (tasks.dropDatabase) {
      const { dropDatabase } = await import('./database.mjs');
      await dropDatabase(tasks.dropDatabase.serverUrl, tasks.dropDatabase.name);
    }
  } finally {
    process.exit(0);
  }
});
