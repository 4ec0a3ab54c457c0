import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/test-app';

/** Which IP the sign-in throttle and the audit log see, with and without TRUST_PROXY. */
describe('client IP behind or without a reverse proxy', () => {
  const failedSignInFrom = async (app: NestFastifyApplication, forwardedFor: string) => {
    const email = `nobody-${randomBytes(4).toString('hex')}@cumbre.test`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email, password: 'not-the-password-1' },
    });
    expect(res.statusCode).toBe(401);
    const [row]: { ip: string }[] = await app
      .get(DataSource)
      .query(`SELECT ip FROM audit_event WHERE action = 'auth.sign_in_failed' AND object_id = $1`, [email]);
    return row.ip;
  };

  it('ignores X-Forwarded-For by default, so a caller cannot choose the IP that is throttled', async () => {
    const app = await createTestApp({ TRUST_PROXY: 'false' });
    try {
      expect(await failedSignInFrom(app, '203.0.113.77')).toBe('127.0.0.1');
    } finally {
      await app.close();
    }
  });

  it('reads the client IP from X-Forwarded-For when TRUST_PROXY is on', async () => {
    const app = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      expect(await failedSignInFrom(app, '203.0.113.78')).toBe('203.0.113.78');
    } finally {
      await app.close();
    }
  });
});
