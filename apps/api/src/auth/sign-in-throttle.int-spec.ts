import { useTestApp } from '../../test/test-app';
import { createTestUser, randomIp, TEST_PASSWORD } from '../../test/identity-fixtures';

describe('sign-in throttling (attempts recorded before the password is checked)', () => {
  const t = useTestApp({
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
    LOGIN_MAX_ATTEMPTS_PER_IP: '5',
  });

  const attempt = (email: string, password: string, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': ip },
      payload: { email, password },
    });

  /** The browser sign-in (cookies and the XSRF pair), with the right password and `cookie` besides. */
  const browserLogin = (email: string, ip: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        cookie: cookie ? `XSRF-TOKEN=t; ${cookie}` : 'XSRF-TOKEN=t',
        'x-xsrf-token': 't',
        'x-forwarded-for': ip,
      },
      payload: { email, password: TEST_PASSWORD },
    });

  /** Three wrong passwords from three addresses: the account's limit. */
  const lockOut = async (email: string) => {
    for (let i = 0; i < 3; i++) await attempt(email, 'wrong-password-1', randomIp());
  };

  it('locks an account after its limit of failures, even for the right password, and says when to retry', async () => {
    const user = await createTestUser(t.app);
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
    const failures: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in_failed' AND object_id = $1`,
      [user.email],
    );
    expect(failures[0].n).toBe(3);
  });

  it('locks an unknown account the same way, so the lock reveals nothing', async () => {
    const email = `nadie-${Date.now()}@prueba.example.pe`;
    for (let i = 0; i < 3; i++) expect((await attempt(email, 'wrong-password-1', randomIp())).statusCode).toBe(401);
    expect((await attempt(email, 'wrong-password-1', randomIp())).statusCode).toBe(429);
  });

  it('does not let one account lock another', async () => {
    const victim = await createTestUser(t.app);
    const other = await createTestUser(t.app);
    await lockOut(victim.email);
    expect((await attempt(other.email, TEST_PASSWORD, randomIp())).statusCode).toBe(200);
  });

  it('limits one address across many accounts, and only that address', async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      const user = await createTestUser(t.app);
      expect((await attempt(user.email, 'wrong-password-1', ip)).statusCode).toBe(401);
    }
    const fresh = await createTestUser(t.app);
    const limited = await attempt(fresh.email, TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(fresh.email, TEST_PASSWORD, randomIp())).statusCode).toBe(200);
  });

  it('throttles the browser sign-in too', async () => {
    const user = await createTestUser(t.app);
    await lockOut(user.email);
    const res = await browserLogin(user.email, randomIp());
    expect(res.statusCode).toBe(429);
    expect(res.cookies.filter((c: { name: string }) => c.name.startsWith('cumbre_'))).toEqual([]);
  });

  it('evaluates at most the limit of 60 parallel guesses from one address, and refuses the right password once locked', async () => {
    const user = await createTestUser(t.app);
    const ip = randomIp();
    const guesses = Array.from({ length: 60 }, (_, i) => (i === 59 ? TEST_PASSWORD : `wrong-password-${i}`));
    const answers = await Promise.all(guesses.map((p) => attempt(user.email, p, ip)));
    const statuses = answers.map((r) => r.statusCode);
    // Evaluated = the password was checked (200 or 401). On a loaded machine a guess may also wait
    // too long for a database connection and get a 503: it was not evaluated either.
    const evaluated = answers.filter((r) => r.statusCode === 200 || r.statusCode === 401);
    expect(evaluated.length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => ![200, 401, 429, 503].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 429 || s === 503).length).toBeGreaterThanOrEqual(57);
    const checked: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM sign_in_attempt WHERE kind = 'sign_in' AND account_key = $1`,
      [user.email],
    );
    expect(checked[0].n).toBeLessThanOrEqual(3);
    if (!evaluated.some((r) => r.statusCode === 200)) {
      expect((await attempt(user.email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    }
  });

  it("does not let failures from other addresses lock out the owner's known address", async () => {
    const user = await createTestUser(t.app);
    const home = randomIp();
    expect((await attempt(user.email, TEST_PASSWORD, home)).statusCode).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await attempt(user.email, 'wrong-password-1', randomIp())).statusCode).toBe(401);
    expect((await attempt(user.email, TEST_PASSWORD, randomIp())).statusCode).toBe(429);
    expect((await attempt(user.email, TEST_PASSWORD, home)).statusCode).toBe(200);
  });

  it("holds the owner's known address back by its own failures, with a pause that grows", async () => {
    const user = await createTestUser(t.app);
    const home = randomIp();
    expect((await attempt(user.email, TEST_PASSWORD, home)).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await attempt(user.email, 'wrong-password-1', home)).statusCode).toBe(401);
    const paused = await attempt(user.email, TEST_PASSWORD, home);
    expect(paused.statusCode).toBe(429);
    const first = Number(paused.headers['retry-after']);
    expect(first).toBeGreaterThan(0);
    // One more failure from there (as if after the pause): the next pause is longer.
    await t.db.query(
      `INSERT INTO sign_in_attempt (kind, account_key, ip, outcome) VALUES ('sign_in', $1, $2, 'failed')`,
      [user.email, home],
    );
    const longer = await attempt(user.email, TEST_PASSWORD, home);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(first);
  });

  it('keeps a browser that signed in before (device cookie) in while strangers lock the account', async () => {
    const user = await createTestUser(t.app);
    const first = await browserLogin(user.email, randomIp());
    expect(first.statusCode).toBe(200);
    const device = (first.cookies as { name: string; value: string; httpOnly?: boolean }[]).find(
      (c) => c.name === 'cumbre_dev',
    );
    expect(device).toMatchObject({ httpOnly: true });
    await lockOut(user.email);
    expect((await browserLogin(user.email, randomIp())).statusCode).toBe(429);
    expect((await browserLogin(user.email, randomIp(), `cumbre_dev=${device?.value}`)).statusCode).toBe(200);
    // Another account's device cookie is no way in.
    const other = await createTestUser(t.app);
    await lockOut(other.email);
    const foreign = await browserLogin(other.email, randomIp(), `cumbre_dev=${device?.value}`);
    expect(foreign.statusCode).toBe(429);
  });

  it('refuses form-encoded sign-ins (415), so that other sites cannot make browsers guess', async () => {
    const user = await createTestUser(t.app);
    for (const url of ['/api/auth/token', '/api/auth/login']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: 'XSRF-TOKEN=t',
          'x-xsrf-token': 't',
          'x-forwarded-for': randomIp(),
        },
        payload: `email=${encodeURIComponent(user.email)}&password=${TEST_PASSWORD}`,
      });
      expect(res.statusCode).toBe(415);
    }
  });
});
