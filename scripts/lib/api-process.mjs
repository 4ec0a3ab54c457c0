// Runs the built API (dist/apps/api/main.js) as a child of the launcher.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function portInUse(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts the API in a process group of its own, so that a Ctrl-C in the terminal reaches only
 * the launcher, which then stops the API once (a second signal would cut Nest's graceful
 * shutdown short) and PostgreSQL after it. The IPC channel lets the API notice the launcher's
 * death and tells the launcher the URL and the demo sign-ins.
 */
export function startApi(root, env) {
  const child = spawn(process.execPath, [resolve(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: process.platform !== 'win32',
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const ready = new Promise((done) => {
    child.on('message', (msg) => {
      if (msg && msg.type === 'cumbre:ready') done(msg);
    });
  });
  return { child, exited, ready };
}

/** Resolves once /api/health/ready answers 200; rejects if the API exits or time runs out. */
export async function waitUntilReady(api, baseUrl, timeoutMs = 120_000) {
  let exitedWith;
  void api.exited.then((r) => (exitedWith = r));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitedWith) {
      throw new Error(`the API exited during start-up (${exitedWith.signal ?? `exit code ${exitedWith.code}`})`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the API was not ready after ${timeoutMs / 1000} s`);
}

/** SIGTERM (Nest finishes in-flight requests and closes the pool), SIGKILL after `graceMs`. */
export async function stopApi(api, graceMs = 20_000) {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), graceMs);
  await api.exited;
  clearTimeout(timer);
}
