import { bearer, createTestUser, randomIp, signInWithToken } from '../../test/identity-fixtures';
import { useTestApp } from '../../test/test-app';

const xsrf = { cookie: 'XSRF-TOKEN=t', 'x-xsrf-token': 't' };
const json = { 'content-type': 'application/json' };
const nested = (depth: number) => `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`;

/** Bodies are bounded where they are parsed: 4xx naming the problem, before any guard or pipe. */
describe('request bodies: depth, array length, Unicode and content type', () => {
  const t = useTestApp();
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = bearer(
      (await signInWithToken(t.app, await createTestUser(t.app, { platformRoles: ['admin'] }))).accessToken,
    );
  });

  const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...json, 'x-forwarded-for': randomIp(), ...xsrf, ...headers },
    });

  it('answers 400 for a body nested 3,000 deep on the sign-in, refresh and logout routes', async () => {
    for (const url of ['/api/auth/token', '/api/auth/login', '/api/auth/refresh', '/api/auth/logout']) {
      const res = await post(url, nested(3000));
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json()).toMatchObject({
        code: 'validation.too_deep',
        params: { max: 64 },
        message: 'the body is nested more than 64 levels deep',
      });
    }
  });

  it('answers 400 for a ~900 KB body nested 150,000 deep, and keeps answering', async () => {
    const body = nested(150_000);
    expect(body.length).toBeGreaterThan(290_000);
    const padded = body.replace('"password":"x"', `"password":"${'x'.repeat(600_000)}"`);
    const results = await Promise.all([1, 2, 3].map(() => post('/api/auth/token', padded)));
    expect(results.map((r) => r.statusCode)).toEqual([400, 400, 400]);
    expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
  });

  it('answers 413 for a body over the size limit', async () => {
    const res = await post('/api/auth/token', JSON.stringify({ email: 'a@b.pe', password: 'x'.repeat(1_100_000) }));
    expect(res.statusCode).toBe(413);
  });

  it('answers 400 for an array longer than the limit', async () => {
    const res = await post('/api/users', JSON.stringify({ email: 'a@b.pe', ids: new Array(10_001).fill(0) }), admin);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation.too_many',
      params: { max: 10000 },
      message: 'an array in the body has more than 10000 items',
    });
  });

  it('answers 400 naming the field for a lone UTF-16 surrogate, on every route alike', async () => {
    const body = '{"email":"\\ud800","password":"x"}';
    for (const [url, headers] of [
      ['/api/auth/token', {}],
      ['/api/auth/login', {}],
      ['/api/users', admin],
    ] as const) {
      const res = await post(url, body, headers);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json()).toMatchObject({
        code: 'validation.not_well_formed',
        field: 'email',
        message: 'email must be well-formed Unicode text (it holds a lone UTF-16 surrogate)',
      });
    }
    const nestedField = await post('/api/users', '{"displayName":"ok","venue":{"name":"a\\udfffb"}}', admin);
    expect(nestedField.json()).toMatchObject({
      field: 'venue.name',
      message: 'venue.name must be well-formed Unicode text (it holds a lone UTF-16 surrogate)',
    });
  });

  it('still accepts characters outside the BMP (valid surrogate pairs)', async () => {
    const res = await post(
      '/api/auth/token',
      '{"email":"nadie@prueba.example.pe","password":"clave-\\ud83d\\ude00-segura-123"}',
    );
    expect(res.statusCode).toBe(401);
  });

  it('accepts only application/json bodies: a form post or text is a 415', async () => {
    const user = await createTestUser(t.app);
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      payload: `email=${encodeURIComponent(user.email)}&password=${user.password}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': randomIp() },
    });
    expect(form.statusCode).toBe(415);
    expect(form.json()).toMatchObject({ statusCode: 415, requestId: expect.any(String) });
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post('/api/auth/token', JSON.stringify({ email: user.email, password: user.password }), {
        'content-type': type,
      });
      expect({ type, status: res.statusCode }).toEqual({ type, status: 415 });
    }
    const ok = await post('/api/auth/token', JSON.stringify({ email: user.email, password: user.password }), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(ok.statusCode).toBe(200);
  });
});
