import { useTestApp } from '../../test/test-app';
import { bearer, BrowserSession, createTestUser, signInWithToken, TEST_PASSWORD } from '../../test/identity-fixtures';

describe('CSRF (XSRF-TOKEN cookie, X-XSRF-TOKEN header)', () => {
  const t = useTestApp();

  it('hands out a script-readable, SameSite=Strict XSRF-TOKEN cookie once', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    const cookie = (
      first.cookies as {
        name: string;
        value: string;
        httpOnly?: boolean;
        sameSite?: string;
        path?: string;
      }[]
    ).find((c) => c.name === 'XSRF-TOKEN');
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Strict' });
    expect(cookie?.httpOnly).toBeFalsy();
    expect(Buffer.from(cookie?.value ?? '', 'base64url')).toHaveLength(32);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/health/live',
      headers: { cookie: `XSRF-TOKEN=${cookie?.value}` },
    });
    expect(again.cookies.find((c: { name: string }) => c.name === 'XSRF-TOKEN')).toBeUndefined();
  });

  it('refuses a cookie-authenticated change without the header, or with a wrong one', async () => {
    const user = await createTestUser(t.app);
    const browser = await new BrowserSession(t.app).start();
    expect((await browser.signIn(user)).statusCode).toBe(200);
    const payload = {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Nueva-clave-segura-2030',
    };

    const without = await browser.request('POST', '/api/auth/password', payload, { xsrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().message).toMatch(/CSRF check failed.*X-XSRF-TOKEN/);

    const cookieHeader = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: cookieHeader, 'x-xsrf-token': 'guessed-value' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);

    // Reads need no header; the password is unchanged so far.
    expect((await browser.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await browser.request('POST', '/api/auth/password', payload)).statusCode).toBe(204);
  });

  it('protects sign-in itself, so another site cannot sign a browser in', async () => {
    const user = await createTestUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies.filter((c: { name: string }) => c.name.startsWith('cumbre_'))).toEqual([]);
  });

  it('protects sign-out and refresh when they ride on cookies', async () => {
    const user = await createTestUser(t.app);
    const browser = await new BrowserSession(t.app).start();
    await browser.signIn(user);
    expect(
      (
        await browser.request('POST', '/api/auth/refresh', undefined, {
          xsrf: false,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await browser.request('POST', '/api/auth/logout', undefined, {
          xsrf: false,
        })
      ).statusCode,
    ).toBe(403);
    expect((await browser.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('does not ask bearer-token API clients for it', async () => {
    const user = await createTestUser(t.app);
    const pair = await signInWithToken(t.app, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: bearer(pair.accessToken),
      payload: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'Nueva-clave-segura-2031',
      },
    });
    expect(res.statusCode).toBe(204);
    // Nor hands it the cookie, on a read or a change: it would only be a Set-Cookie per answer.
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(pair.accessToken) });
    expect(me.statusCode).toBe(200);
    const xsrf = (r: typeof me) => (r.cookies as { name: string }[]).filter((c) => c.name === 'XSRF-TOKEN');
    expect([xsrf(me), xsrf(res)]).toEqual([[], []]);
  });

  it("asks an anonymous reader's public write for none and hands it none; the same write riding a session needs it", async () => {
    // A published announcement of the demo set.
    const list = await t.app.inject({ method: 'GET', url: '/api/public/announcements' });
    const slug = (list.json() as { items: { slug: string }[] }).items[0].slug;
    const comment = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/announcements/${slug}/comments`,
        headers,
        payload: { name: 'Lectora de prueba', email: `lectora.${Date.now()}@correo.example`, text: 'Un comentario.' },
      });
    const anonymous = await comment({ 'x-forwarded-for': '198.51.100.71' });
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.headers['set-cookie']).toBeUndefined();

    const user = await createTestUser(t.app);
    const browser = await new BrowserSession(t.app).start();
    await browser.signIn(user);
    const cookieHeader = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const withSession = await comment({ cookie: cookieHeader, 'x-forwarded-for': '198.51.100.72' });
    expect(withSession.statusCode).toBe(403);
    expect(withSession.json()).toMatchObject({ code: 'auth.csrf_failed' });
  });

  it('does not let a stray cookie-less Authorization scheme skip it', async () => {
    const user = await createTestUser(t.app);
    const browser = await new BrowserSession(t.app).start();
    await browser.signIn(user);
    const cookieHeader = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookieHeader, authorization: 'Basic Zm9vOmJhcg==' },
    });
    expect(res.statusCode).toBe(403);
  });
});
