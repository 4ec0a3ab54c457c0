import { createTestApp, postRawJson, useTestApp } from '../../test/test-app';
import {
  bearer,
  BrowserSession,
  createTestAgency,
  createTestUser,
  randomIp,
  signInWithToken,
  TEST_PASSWORD,
} from '../../test/identity-fixtures';
import { INVALID_CREDENTIALS } from './auth.service';
import * as passwordHasher from '../users/credentials/password-hasher';

describe('sign-in, session and own password', () => {
  const t = useTestApp();

  /** A new user, signed in with a bearer token, asks POST /api/auth/password with `payload`. */
  async function changeOwnPassword(payload: object) {
    const user = await createTestUser(t.app);
    const { accessToken } = await signInWithToken(t.app, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: bearer(accessToken),
      payload,
    });
    return { user, res };
  }

  const me = (accessToken: string) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(accessToken) });

  const auditRows = (action: string, objectId: string) =>
    t.db.query(`SELECT actor_user_id, actor_email, ip, details FROM audit_event WHERE action = $1 AND object_id = $2`, [
      action,
      objectId,
    ]);

  describe('browser sign-in (POST /api/auth/login)', () => {
    it('sets HttpOnly SameSite=Strict session cookies and returns the user with memberships', async () => {
      const agencyId = await createTestAgency(t.app);
      const user = await createTestUser(t.app, {
        memberships: [{ agencyId, role: 'leader', clearance: 'AMBER' }],
      });
      const browser = await new BrowserSession(t.app).start();
      const res = await browser.signIn(user);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: user.id,
        email: user.email,
        platformRoles: [],
        memberships: [{ role: 'leader', clearance: 'AMBER', agency: { id: agencyId } }],
      });
      const cookies = Object.fromEntries((res.cookies as { name: string }[]).map((c) => [c.name, c]));
      expect(cookies['cumbre_at']).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api',
        maxAge: 900,
      });
      expect(cookies['cumbre_rt']).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/auth',
      });
      // The page's hint that a session may exist: readable, holding nothing.
      expect(cookies['cumbre_session']).toMatchObject({ value: '1', sameSite: 'Strict', path: '/' });
      expect((cookies['cumbre_session'] as { httpOnly?: boolean }).httpOnly).toBeFalsy();
      expect(cookies['cumbre_at']).not.toHaveProperty('secure');
      expect((await browser.request('GET', '/api/auth/me')).json()).toMatchObject({ id: user.id });
      expect(await auditRows('auth.sign_in_succeeded', user.id)).toEqual([
        expect.objectContaining({
          actor_user_id: user.id,
          details: expect.objectContaining({ via: 'cookie' }),
        }),
      ]);
    });

    it('marks the cookies Secure when the public URL is https', async () => {
      const secureApp = await createTestApp({
        PUBLIC_URL: 'https://cumbre.example.pe',
      });
      try {
        const user = await createTestUser(secureApp);
        const browser = await new BrowserSession(secureApp).start();
        const res = await browser.signIn(user);
        expect(res.statusCode).toBe(200);
        for (const c of res.cookies as { name: string; secure?: boolean }[]) expect(c.secure).toBe(true);
      } finally {
        await secureApp.close();
      }
    });
  });

  describe('API client sign-in (POST /api/auth/token)', () => {
    it('returns a bearer pair and sets no cookie', async () => {
      const user = await createTestUser(t.app, { platformRoles: ['moderator'] });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/token',
        payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        tokenType: 'Bearer',
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
      });
      expect(res.cookies.filter((c: { name: string }) => c.name.startsWith('cumbre_'))).toEqual([]);
      expect((await me(res.json().accessToken)).json()).toMatchObject({
        id: user.id,
        platformRoles: ['moderator'],
        memberships: [],
      });
    });
  });

  describe('failed sign-in', () => {
    it('gives the same answer for an unknown account, a wrong password and a disabled account, and audits each', async () => {
      const known = await createTestUser(t.app);
      const disabled = await createTestUser(t.app, { disabled: true });
      const unknown = `nadie-${Date.now()}@prueba.example.pe`;
      const attempts = [
        { email: unknown, password: TEST_PASSWORD, reason: 'unknown_account' },
        {
          email: known.email,
          password: 'not-the-password',
          reason: 'wrong_password',
        },
        { email: disabled.email, password: TEST_PASSWORD, reason: 'disabled' },
      ];
      for (const attempt of attempts) {
        const ip = randomIp();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/token',
          headers: { 'x-forwarded-for': ip },
          payload: { email: attempt.email, password: attempt.password },
        });
        expect(res.statusCode).toBe(401);
        expect(res.json()).toEqual({
          statusCode: 401,
          error: 'Unauthorized',
          code: 'auth.invalid_credentials',
          message: INVALID_CREDENTIALS,
          requestId: res.headers['x-request-id'],
        });
        expect(await auditRows('auth.sign_in_failed', attempt.email)).toEqual([
          expect.objectContaining({
            actor_user_id: null,
            actor_email: attempt.email,
            ip,
            details: { reason: attempt.reason },
          }),
        ]);
      }
    });

    it('verifies a hash of the same cost for an unknown account as for a wrong password', async () => {
      // Counted, not timed: the unknown-account path must do the work the known one does (one
      // argon2id verification with the same parameters), or its speed would tell accounts apart.
      const verify = jest.spyOn(passwordHasher, 'verifyPassword');
      const params = (hash: unknown) => String(hash).split('$').slice(0, 4).join('$');
      const attempt = async (email: string) => {
        verify.mockClear();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/token',
          headers: { 'x-forwarded-for': randomIp() },
          payload: { email, password: 'wrong-password-123' },
        });
        expect(res.statusCode).toBe(401);
        expect(verify).toHaveBeenCalledTimes(1);
        await expect(verify.mock.results[0].value).resolves.toBe(false);
        return verify.mock.calls[0][0];
      };
      try {
        const knownHash = await attempt((await createTestUser(t.app)).email);
        const unknownHash = await attempt(`nadie-${Math.random()}@prueba.example.pe`);
        expect(params(knownHash)).toMatch(/^\$argon2id\$v=19\$[mtp]=\d+(,[mtp]=\d+){2}$/);
        expect(params(unknownHash)).toBe(params(knownHash));
        expect(unknownHash).not.toBe(knownHash);
      } finally {
        verify.mockRestore();
      }
    });
  });

  describe('bad input to sign-in', () => {
    const xsrf = { cookie: 'XSRF-TOKEN=t', 'x-xsrf-token': 't' };
    const cases: [string, object, string][] = [
      [
        'an unknown field',
        { email: 'a@b.pe', password: 'whatever-pass', remember: true },
        'property remember should not exist',
      ],
      ['a missing password', { email: 'a@b.pe' }, 'password must be a string'],
      ['a password of the wrong type', { email: 'a@b.pe', password: 123456789012 }, 'password must be a string'],
      [
        'a too long password',
        { email: 'a@b.pe', password: 'x'.repeat(129) },
        'password must be shorter than or equal to 128 characters',
      ],
      ['a malformed e-mail', { email: 'a.b.pe', password: 'whatever-pass' }, 'email must be an e-mail address'],
      [
        'a too long e-mail',
        { email: `${'a'.repeat(250)}@b.pe`, password: 'whatever-pass' },
        'email must be shorter than or equal to 254 characters',
      ],
      [
        'an e-mail of the wrong type',
        { email: ['a@b.pe'], password: 'whatever-pass' },
        'email must be an e-mail address',
      ],
    ];
    for (const url of ['/api/auth/login', '/api/auth/token']) {
      it.each(cases)(
        `${url}: answers 400 to %s, naming the field, without counting an attempt`,
        async (_label, payload, message) => {
          const ip = randomIp();
          const res = await t.app.inject({
            method: 'POST',
            url,
            headers: { ...xsrf, 'x-forwarded-for': ip },
            payload,
          });
          expect(res.statusCode).toBe(400);
          expect(res.json().message).toContain(message);
          expect(await t.db.query(`SELECT 1 FROM audit_event WHERE ip = $1`, [ip])).toEqual([]);
        },
      );

      it(`${url}: answers 400 to malformed JSON and to no body`, async () => {
        const malformed = await postRawJson(t.app, url, xsrf, '{"email": "a@b.pe", "password": ');
        expect(malformed.statusCode).toBe(400);
        const empty = await t.app.inject({ method: 'POST', url, headers: xsrf });
        expect(empty.statusCode).toBe(400);
        expect(empty.json().fields.map((f: { message: string }) => f.message)).toEqual(
          expect.arrayContaining(['email must be an e-mail address', 'password must be a string']),
        );
      });
    }

    it('POST /api/auth/logout: answers 400 naming an unknown field', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        payload: { everywhere: true },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('property everywhere should not exist');
    });

    it('POST /api/auth/password: answers 400 naming missing and mistyped fields', async () => {
      const { res } = await changeOwnPassword({ currentPassword: 5, extra: 1 });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields.map((f: { message: string }) => f.message)).toEqual(
        expect.arrayContaining([
          'property extra should not exist',
          'currentPassword must be a string',
          'newPassword must be a string',
        ]),
      );
    });
  });

  describe('sign-out (POST /api/auth/logout)', () => {
    it('revokes the session, clears the cookies and ends the access token at once', async () => {
      const user = await createTestUser(t.app);
      const browser = await new BrowserSession(t.app).start();
      await browser.signIn(user);
      const accessToken = browser.cookies.get('cumbre_at') as string;
      const res = await browser.request('POST', '/api/auth/logout');
      expect(res.statusCode).toBe(204);
      expect(browser.cookies.has('cumbre_at')).toBe(false);
      expect(browser.cookies.has('cumbre_rt')).toBe(false);
      expect((await me(accessToken)).statusCode).toBe(401);
      expect(await auditRows('auth.signed_out', user.id)).toHaveLength(1);
    });

    it('signs out an API client by its refresh token', async () => {
      const user = await createTestUser(t.app);
      const pair = await signInWithToken(t.app, user);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        payload: { refreshToken: pair.refreshToken },
      });
      expect(res.statusCode).toBe(204);
      expect((await me(pair.accessToken)).statusCode).toBe(401);
      const refresh = await t.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        payload: { refreshToken: pair.refreshToken },
      });
      expect(refresh.statusCode).toBe(401);
    });

    it('is harmless without any session', async () => {
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    });
  });

  describe('own password (POST /api/auth/password)', () => {
    it('changes it, ends the other sessions and keeps this one', async () => {
      const user = await createTestUser(t.app);
      const here = await signInWithToken(t.app, user);
      const elsewhere = await signInWithToken(t.app, user);
      const newPassword = 'Otra-clave-mas-larga-77';
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: bearer(here.accessToken),
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      });
      expect(res.statusCode).toBe(204);
      expect((await me(here.accessToken)).statusCode).toBe(200);
      expect((await me(elsewhere.accessToken)).statusCode).toBe(401);
      await expect(signInWithToken(t.app, { email: user.email, password: TEST_PASSWORD })).rejects.toThrow(/401/);
      await expect(signInWithToken(t.app, { email: user.email, password: newPassword })).resolves.toBeDefined();
      expect(await auditRows('auth.password_changed', user.id)).toHaveLength(1);
    });

    it('refuses a wrong current password, naming the field, and changes nothing', async () => {
      const { user, res } = await changeOwnPassword({
        currentPassword: 'not-my-password',
        newPassword: 'Otra-clave-mas-larga-77',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe('currentPassword is not correct');
      await expect(signInWithToken(t.app, user)).resolves.toBeDefined();
      expect(await auditRows('auth.password_change_failed', user.id)).toHaveLength(1);
    });

    it.each([
      ['too short', 'corta', 'newPassword must be at least 12 characters long'],
      ['too long', 'x'.repeat(129), 'newPassword must be at most 128 characters long'],
      ['common', 'Contraseña123', 'newPassword is too common; choose another one'],
    ])('refuses a %s new password', async (_label, newPassword, message) => {
      const { user, res } = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(message);
      await expect(signInWithToken(t.app, user)).resolves.toBeDefined();
    });

    it('refuses a new password equal to the current one', async () => {
      const { res } = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe('newPassword must differ from currentPassword');
    });
  });
});
