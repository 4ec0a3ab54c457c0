import { createHash } from 'node:crypto';
import { postRawJson, useTestApp } from '../../test/test-app';
import { bearer, BrowserSession, createTestUser, signInWithToken } from '../../test/identity-fixtures';

describe('refresh tokens: rotation and reuse', () => {
  const t = useTestApp();

  const refresh = (refreshToken: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload: { refreshToken },
    });
  const me = (accessToken: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: bearer(accessToken),
    });

  it('stores only the SHA-256 of a 32-byte random token, in a family', async () => {
    const user = await createTestUser(t.app);
    const pair = await signInWithToken(t.app, user);
    expect(Buffer.from(pair.refreshToken, 'base64url')).toHaveLength(32);
    const rows: { token_hash: string; family_id: string }[] = await t.db.query(
      `SELECT token_hash, family_id FROM refresh_token WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([
      {
        token_hash: createHash('sha256').update(pair.refreshToken).digest('hex'),
        family_id: expect.any(String),
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(pair.refreshToken);
  });

  it('never extends a session past its maximum age counted from the sign-in', async () => {
    const user = await createTestUser(t.app);
    const first = await signInWithToken(t.app, user);
    // The sign-in happened 30 days minus one hour ago (the default maximum age is 30 days).
    await t.db.query(
      `UPDATE refresh_token SET created_at = now() - interval '30 days' + interval '1 hour' WHERE user_id = $1`,
      [user.id],
    );
    const res = await refresh(first.refreshToken);
    expect(res.statusCode).toBe(200);
    const [latest]: { expires_at: Date }[] = await t.db.query(
      `SELECT expires_at FROM refresh_token WHERE user_id = $1 AND used_at IS NULL`,
      [user.id],
    );
    const left = latest.expires_at.getTime() - Date.now();
    expect(left).toBeLessThanOrEqual(3600_000 + 5_000);
    expect(left).toBeGreaterThan(3600_000 - 60_000);
  });

  it('rotates: each refresh token works once and yields a new pair of the same family', async () => {
    const user = await createTestUser(t.app);
    const first = await signInWithToken(t.app, user);
    const res = await refresh(first.refreshToken);
    expect(res.statusCode).toBe(200);
    const second = res.json();
    expect(second).toEqual({
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).statusCode).toBe(200);
    const families: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT family_id)::int AS n FROM refresh_token WHERE user_id = $1`,
      [user.id],
    );
    expect(families[0].n).toBe(1);
  });

  it('revokes the whole family when a rotated token is presented again, and audits it', async () => {
    const user = await createTestUser(t.app);
    const stolen = await signInWithToken(t.app, user);
    const legit = (await refresh(stolen.refreshToken)).json();
    const later = (await refresh(legit.refreshToken)).json();
    expect((await me(later.accessToken)).statusCode).toBe(200);

    const replay = await refresh(stolen.refreshToken);
    expect(replay.statusCode).toBe(401);
    // Every token of the family is dead now, the newest included, and its access tokens too.
    expect((await refresh(later.refreshToken)).statusCode).toBe(401);
    expect((await me(later.accessToken)).statusCode).toBe(401);
    const live: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect(live[0].n).toBe(0);
    const audit: { actor_user_id: string }[] = await t.db.query(
      `SELECT actor_user_id FROM audit_event WHERE action = 'auth.refresh_token_reused' AND object_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([{ actor_user_id: user.id }]);
  });

  it('leaves the other sessions of the same user alone', async () => {
    const user = await createTestUser(t.app);
    const laptop = await signInWithToken(t.app, user);
    const phone = await signInWithToken(t.app, user);
    await refresh(laptop.refreshToken);
    await refresh(laptop.refreshToken); // reuse: laptop's family revoked
    expect((await me(phone.accessToken)).statusCode).toBe(200);
    expect((await refresh(phone.refreshToken)).statusCode).toBe(200);
  });

  it('refuses unknown, malformed and expired tokens', async () => {
    expect((await refresh('A'.repeat(43))).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/refresh',
          payload: {},
        })
      ).statusCode,
    ).toBe(401);
    const user = await createTestUser(t.app);
    const pair = await signInWithToken(t.app, user);
    await t.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(401);
  });

  it('rotates the browser cookies and clears them when the session is dead', async () => {
    const user = await createTestUser(t.app);
    const browser = await new BrowserSession(t.app).start();
    await browser.signIn(user);
    const before = browser.cookies.get('cumbre_rt');
    const res = await browser.request('POST', '/api/auth/refresh');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, email: user.email });
    expect(browser.cookies.get('cumbre_rt')).not.toBe(before);

    // Someone replays the old cookie: the family dies and the browser's cookies are cleared.
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: {
        cookie: `cumbre_rt=${before}; XSRF-TOKEN=x`,
        'x-xsrf-token': 'x',
      },
    });
    expect(replay.statusCode).toBe(401);
    const dead = await browser.request('POST', '/api/auth/refresh');
    expect(dead.statusCode).toBe(401);
    expect(browser.cookies.has('cumbre_rt')).toBe(false);
    expect(browser.cookies.has('cumbre_at')).toBe(false);
  });

  it.each([
    [{ refreshToken: 123 }, 'refreshToken must be a string'],
    [{ refreshToken: 'x'.repeat(129) }, 'refreshToken must be shorter than or equal to 128 characters'],
    [{ refreshToken: 'not a token!' }, 'refreshToken is malformed'],
    [{ refreshToken: 'abc', extra: 1 }, 'property extra should not exist'],
  ])('answers 400 naming the field for %j', async (payload, message) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
  });

  it('answers 400 to malformed JSON on refresh and logout', async () => {
    for (const url of ['/api/auth/refresh', '/api/auth/logout']) {
      const res = await postRawJson(t.app, url, {}, '{"refreshToken":');
      expect(res.statusCode).toBe(400);
    }
  });
});
