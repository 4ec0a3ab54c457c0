import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, connect, Server, Socket } from 'node:net';
import { DataSource } from 'typeorm';
import type { AddressInfo } from 'node:net';
import { bearer, createTestUser, randomIp, signInWithToken, TestUser } from '../../test/identity-fixtures';
import { createTestApp } from '../../test/test-app';

/**
 * A TCP relay between the API and PostgreSQL that the test can cut: `down` closes the port
 * and every open connection (connection loss, then refused connections), `blackhole` accepts
 * connections and never answers (what a pool waits on until its acquire timeout).
 */
class DatabaseRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private mode: 'forward' | 'blackhole' = 'forward';
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(mode: 'forward' | 'blackhole' = 'forward'): Promise<void> {
    this.mode = mode;
    if (this.server) return;
    const server = createServer((client) => {
      this.track(client);
      if (this.mode === 'blackhole') return;
      const upstream = this.track(connect(this.target.port, this.target.host));
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}

describe('when the database goes away', () => {
  let relay: DatabaseRelay;
  let app: NestFastifyApplication;
  let user: TestUser;
  let auth: Record<string, string>;

  beforeAll(async () => {
    const real = new URL(process.env['TEST_DATABASE_URL'] as string);
    relay = new DatabaseRelay({ host: real.hostname, port: Number(real.port || 5432) });
    await relay.up();
    const relayed = new URL(real.toString());
    relayed.hostname = '127.0.0.1';
    relayed.port = String(relay.port);
    app = await createTestApp({ DATABASE_URL: relayed.toString(), DB_CONNECT_TIMEOUT_MS: '1000' });
    user = await createTestUser(app);
    auth = bearer((await signInWithToken(app, user)).accessToken);
  });
  afterAll(async () => {
    await relay.up();
    await app.close();
    await relay.down();
  });

  const signIn = () =>
    app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: user.email, password: user.password },
    });

  const expect503 = (res: Awaited<ReturnType<typeof signIn>>) => {
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({
      statusCode: 503,
      message: 'The database is not available right now; try again in a few seconds',
      requestId: expect.any(String),
    });
  };

  it('bounds every statement with a server-side timeout', async () => {
    expect(await app.get(DataSource).query('SHOW statement_timeout')).toEqual([{ statement_timeout: '30s' }]);
  });

  it('answers 503 with Retry-After on lost and refused connections, and is not ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: auth })).statusCode).toBe(200);
    await relay.down();
    expect503(await signIn());
    expect503(await app.inject({ method: 'GET', url: '/api/auth/me', headers: auth }));
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
  });

  it('answers 503 when no connection can be had within the acquire timeout', async () => {
    await relay.down();
    await relay.up('blackhole');
    expect503(await signIn());
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(503);
  });

  it('is ready again once the database is back', async () => {
    await relay.down();
    await relay.up('forward');
    let ready = 0;
    for (let attempt = 0; attempt < 20 && ready !== 200; attempt++) {
      ready = (await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode;
    }
    expect(ready).toBe(200);
    expect((await signIn()).statusCode).toBe(200);
  });
});
