import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

/**
 * The Redis the Redis-path specs talk to: REDIS_URL (or redis://127.0.0.1:6379) when it answers;
 * otherwise a throwaway `redis-server` from PATH on a free port (no persistence), stopped by
 * `stop`. With neither, the spec fails with this message: both stores are part of the suite,
 * never skipped.
 */
export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

const DEFAULT_URL = 'redis://127.0.0.1:6379';

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function testRedis(): Promise<TestRedis> {
  const url = process.env['REDIS_URL'] || DEFAULT_URL;
  if (await answers(url)) return { url, stop: async () => undefined };
  const onPath = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!onPath) {
    throw new Error(
      `Redis does not answer at ${url} and no redis-server is on PATH. The scale-out specs test both ` +
        `rate-limit stores (PostgreSQL and Redis): start Redis (e.g. \`redis-server\`, or \`docker run -p 6379:6379 redis:7\`) ` +
        `or set REDIS_URL to one, then run the specs again.`,
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cumbre-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  const own = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await answers(own)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(own))) {
    child.kill();
    throw new Error(`redis-server started on port ${port} but does not answer`);
  }
  return {
    url: own,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Deletes every key under `prefix` (a spec's own), so that runs sharing one Redis leave nothing behind. */
export async function dropKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
