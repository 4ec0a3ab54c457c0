import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bearer, createTestUser, randomIp, signInWithToken } from '../../test/identity-fixtures';
import { createTestApp, useTestApp } from '../../test/test-app';

describe('security headers and CORS', () => {
  const t = useTestApp();

  it('sends the security headers on an API response, without HSTS over plain http', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('forbids caching of tokens and of signed-in responses, unless a route chose otherwise', async () => {
    const user = await createTestUser(t.app);
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: user.email, password: user.password },
    });
    expect(token.statusCode).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    const session = await signInWithToken(t.app, user);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(session.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('sends no CORS headers by default: other origins cannot read responses', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health/live',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  describe('with https and configured origins', () => {
    let secure: NestFastifyApplication;
    beforeAll(async () => {
      secure = await createTestApp({
        PUBLIC_URL: 'https://cumbre.example.pe',
        CORS_ORIGINS: 'https://portal.example.pe, https://otro.example.pe',
      });
    });
    afterAll(async () => {
      await secure.close();
    });

    it('sends HSTS', async () => {
      const res = await secure.inject({ method: 'GET', url: '/api/health/live' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });

    it('allows only the configured origins', async () => {
      const allowed = await secure.inject({
        method: 'OPTIONS',
        url: '/api/auth/token',
        headers: { origin: 'https://portal.example.pe', 'access-control-request-method': 'POST' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.pe');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      const other = await secure.inject({
        method: 'GET',
        url: '/api/health/live',
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
