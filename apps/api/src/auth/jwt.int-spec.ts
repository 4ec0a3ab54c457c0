import { JwtService, JwtSignOptions } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET, useTestApp } from '../../test/test-app';
import { bearer, createTestUser, signInWithToken } from '../../test/identity-fixtures';

describe('access tokens (JWT)', () => {
  const t = useTestApp();
  let userId: string;
  let sessionId: string;
  let validToken: string;

  beforeAll(async () => {
    const user = await createTestUser(t.app);
    userId = user.id;
    validToken = (await signInWithToken(t.app, user)).accessToken;
    sessionId = JSON.parse(Buffer.from(validToken.split('.')[1], 'base64url').toString()).sid;
  });

  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
  // Independent of the app's own signer: a bare JwtService with explicit options.
  const jwt = new JwtService({});
  const sign = (payload: object, secret: string, options: JwtSignOptions) => jwt.sign(payload, { secret, ...options });
  const forge = (claims: object = {}, options: JwtSignOptions = {}, secret: string = TEST_JWT_SECRET) =>
    sign({ sub: userId, sid: sessionId, ...claims }, secret, {
      algorithm: 'HS256',
      issuer: 'cumbre',
      audience: 'cumbre-api',
      expiresIn: 600,
      ...options,
    });

  it('signs HS256 with iss, aud and exp', () => {
    const [header, payload] = validToken
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString() || '{}'));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: userId,
      iss: 'cumbre',
      aud: 'cumbre-api',
    });
    expect(payload.exp - payload.iat).toBe(900);
  });

  it('accepts a correctly forged token (the forging below is otherwise right)', async () => {
    expect((await me(forge())).statusCode).toBe(200);
  });

  it.each([
    ['another algorithm (HS512)', () => forge({}, { algorithm: 'HS512' })],
    ['another algorithm (HS384)', () => forge({}, { algorithm: 'HS384' })],
    ['another issuer', () => forge({}, { issuer: 'someone-else' })],
    ['another audience', () => forge({}, { audience: 'another-api' })],
    ['an expired token', () => forge({}, { expiresIn: -10 })],
    ['another secret', () => forge({}, {}, 'x'.repeat(48))],
    [
      'no issuer',
      () =>
        sign({ sub: userId, sid: sessionId }, TEST_JWT_SECRET, {
          audience: 'cumbre-api',
          expiresIn: 600,
        }),
    ],
    [
      'no expiry',
      () =>
        sign({ sub: userId, sid: sessionId }, TEST_JWT_SECRET, {
          issuer: 'cumbre',
          audience: 'cumbre-api',
        }),
    ],
    [
      'a lifetime beyond the configured one',
      () => forge({ iat: Math.floor(Date.now() / 1000) - 3600 }, { expiresIn: 7200 }),
    ],
    [
      'an iat more than a minute in the future',
      () => forge({ iat: Math.floor(Date.now() / 1000) + 3600 }, { expiresIn: 600 }),
    ],
    [
      'a lifetime (exp - iat) longer than the access lifetime, though issued just now',
      () => forge({ iat: Math.floor(Date.now() / 1000) }, { expiresIn: 901 }),
    ],
    ['no iat', () => forge({}, { noTimestamp: true })],
    ['an unknown session', () => forge({ sid: randomUUID() })],
    ['a session that is not a UUID', () => forge({ sid: "x' OR '1'='1" })],
    ['an unknown user', () => forge({ sub: randomUUID() })],
  ])('refuses %s', async (_label, make) => {
    const res = await me(make());
    expect(res.statusCode).toBe(401);
  });

  it('accepts an iat slightly ahead (clock skew) and a lifetime of exactly the access lifetime', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await me(forge({ iat: now + 30 }, { expiresIn: 600 }))).statusCode).toBe(200);
    expect((await me(forge({ iat: now }, { expiresIn: 900 }))).statusCode).toBe(200);
  });

  it('refuses alg "none"', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: userId, sid: sessionId, iss: 'cumbre', aud: 'cumbre-api', iat: now, exp: now + 600 })}.`;
    expect((await me(unsigned)).statusCode).toBe(401);
  });

  it('refuses garbage and a non-bearer scheme without falling back to anything', async () => {
    expect((await me('not.a.jwt')).statusCode).toBe(401);
    const basic = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Basic Zm9vOmJhcg==' },
    });
    expect(basic.statusCode).toBe(401);
  });

  it('reads the token from the cumbre_at cookie too', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `cumbre_at=${validToken}` },
    });
    expect(res.statusCode).toBe(200);
  });
});
