import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/test-app';
import { createTestUser, randomIp, TEST_PASSWORD } from '../../test/identity-fixtures';

describe('sign-in throttling (counted from the audit log)', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp({
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      LOGIN_MAX_ATTEMPTS_PER_IP: '5',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const attempt = (email: string, password: string, ip: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': ip },
      payload: { email, password },
    });

  it('locks an account after its limit of failures, even for the right password, and says when to retry', async () => {
    const user = await createTestUser(app);
    for (let i = 0; i < 3; i++)
      expect((await attempt(user.email, 'wrong-password-1', randomIp())).statusCode).toBe(401);
    const locked = await attempt(user.email, TEST_PASSWORD, randomIp());
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(locked.json()).toMatchObject({
      statusCode: 429,
      message: expect.stringMatching(/too many/i),
    });
    // Refused attempts are not failures of their own: the lock does not grow with them.
    const failures: { n: number }[] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in_failed' AND object_id = $1`, [
        user.email,
      ]);
    expect(failures[0].n).toBe(3);
  });

  it('locks an unknown account the same way, so the lock reveals nothing', async () => {
    const email = `nadie-${Date.now()}@prueba.example.pe`;
    for (let i = 0; i < 3; i++) expect((await attempt(email, 'wrong-password-1', randomIp())).statusCode).toBe(401);
    expect((await attempt(email, 'wrong-password-1', randomIp())).statusCode).toBe(429);
  });

  it('does not let one account lock another', async () => {
    const victim = await createTestUser(app);
    const other = await createTestUser(app);
    for (let i = 0; i < 3; i++) await attempt(victim.email, 'wrong-password-1', randomIp());
    expect((await attempt(other.email, TEST_PASSWORD, randomIp())).statusCode).toBe(200);
  });

  it('limits one address across many accounts, and only that address', async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      const user = await createTestUser(app);
      expect((await attempt(user.email, 'wrong-password-1', ip)).statusCode).toBe(401);
    }
    const fresh = await createTestUser(app);
    const limited = await attempt(fresh.email, TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(fresh.email, TEST_PASSWORD, randomIp())).statusCode).toBe(200);
  });

  it('throttles the browser sign-in too', async () => {
    const user = await createTestUser(app);
    for (let i = 0; i < 3; i++) await attempt(user.email, 'wrong-password-1', randomIp());
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        cookie: 'XSRF-TOKEN=t',
        'x-xsrf-token': 't',
        'x-forwarded-for': randomIp(),
      },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(429);
    expect(res.cookies.filter((c: { name: string }) => c.name.startsWith('cumbre_'))).toEqual([]);
  });
});
