import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';

const MODULE = resolve(__dirname, '../../../tools/embedded-postgres/embedded-postgres.mjs');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const s = createConnection({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      done(true);
    });
    s.once('error', () => done(false));
  });

async function answers(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT 41 + 1 AS n')).rows[0].n;
  } finally {
    await client.end();
  }
}

interface Held {
  child: ChildProcess;
  postmaster: number;
  url: string;
  log: string[];
  /** Asks the child to stop the server the normal way, and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the server from a child `node` process, as the launcher does: the module is plain ESM,
 * which a jest test (a vm context) may not import itself. The child reports the server's pid and
 * URL, then holds it until told `stop` on stdin, or until it is killed.
 */
function startInChild(dataDir: string, port: number): Promise<Held> {
  const script = `
    const log = [];
    const { startEmbeddedPostgres } = await import(${JSON.stringify(pathToFileURL(MODULE).href)});
    const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, log: (m) => log.push(m) });
    await server.createDatabase('cumbre');
    process.stdout.write(JSON.stringify({ pid: server.pid, url: server.url('cumbre'), log }) + '\\n');
    process.stdin.on('data', async () => { await server.stop(); process.exit(0); });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: resolve(__dirname, '../../..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c) => {
      out += c;
      if (!out.includes('\n')) return;
      const report = JSON.parse(out.split('\n')[0]) as { pid: number; url: string; log: string[] };
      done({
        child,
        postmaster: report.pid,
        url: report.url,
        log: report.log,
        stop: async () => {
          child.stdin?.write('stop\n');
          await exited;
        },
      });
    });
    child.stderr?.on('data', (c) => (err += c));
    child.once('exit', (code) => fail(new Error(`child exited (${code}) before starting PostgreSQL: ${err}`)));
  });
}

/**
 * The embedded PostgreSQL that `npm start` and the test setup fall back to without
 * DATABASE_URL, in a throwaway folder: it starts, answers, and recovers from what killed runs
 * leave behind.
 */
describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(resolve(tmpdir(), 'cumbre-embedded-spec-'));
  const dataDir = resolve(dir, 'data');
  // Below Linux's ephemeral ports (32768–60999), which outgoing connections take at any moment.
  const port = 10000 + Math.floor(Math.random() * 10000);
  let held: Held | undefined;

  beforeAll(() => {
    // PostgreSQL runs as `postgres` when the tests run as root: it must be able to enter.
    chmodSync(dir, 0o755);
  });

  afterAll(async () => {
    await held?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('initialises a data folder, starts, answers queries and stops', async () => {
    held = await startInChild(dataDir, port);
    expect(held.log.join('\n')).toMatch(/initialising a new PostgreSQL data folder/);
    expect(await answers(held.url)).toBe(42);
    await held.stop();
    held = undefined;
    expect(await listening(port)).toBe(false);
  }, 60_000);

  it('starts over a stale postmaster.pid whose pid now belongs to another program', async () => {
    // Our own pid: alive, and certainly not a postgres. PostgreSQL alone would refuse to start.
    const lockFile = resolve(dataDir, 'postmaster.pid');
    writeFileSync(lockFile, `${process.pid}\n${dataDir}\n`);
    held = await startInChild(dataDir, port);
    expect(held.log.join('\n')).toMatch(/stale postmaster\.pid/);
    expect(await answers(held.url)).toBe(42);
    expect(Number(readFileSync(lockFile, 'utf8').split('\n')[0])).toBe(held.postmaster);
    await held.stop();
    held = undefined;
  }, 60_000);

  it('recovers from a server left running by a parent killed with SIGKILL', async () => {
    const orphaned = await startInChild(dataDir, port);
    orphaned.child.kill('SIGKILL');
    await new Promise((r) => orphaned.child.once('exit', r));
    // The orphan keeps running and keeps the port: this is what the next start finds.
    expect(alive(orphaned.postmaster)).toBe(true);
    expect(await answers(orphaned.url)).toBe(42);

    held = await startInChild(dataDir, port);
    expect(held.log.join('\n')).toMatch(new RegExp(`earlier run \\(pid ${orphaned.postmaster}\\) is still running`));
    expect(held.postmaster).not.toBe(orphaned.postmaster);
    expect(alive(orphaned.postmaster)).toBe(false);
    expect(await answers(held.url)).toBe(42);

    await held.stop();
    held = undefined;
    expect(await listening(port)).toBe(false);
  }, 90_000);
});
