import type { SessionDto } from '@cumbre/contracts';
import { useTestApp } from '../../test/test-app';
import { bearer, createTestUser, signInWithToken, TestUser } from '../../test/identity-fixtures';

describe('my sessions', () => {
  const t = useTestApp();

  const signIn = async (user: TestUser, ip: string, userAgent: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': ip, 'user-agent': userAgent },
      payload: { email: user.email, password: user.password },
    });
    return bearer(res.json().accessToken);
  };
  const list = async (headers: Record<string, string>) =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers })).json() as SessionDto[];
  const del = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'DELETE', url, headers });

  it('lists where and when each session signed in, marking the current one', async () => {
    const user = await createTestUser(t.app);
    const laptop = await signIn(user, '10.1.1.1', 'Laptop/1.0');
    await signIn(user, '10.2.2.2', 'Phone/2.0');
    const sessions = await list(laptop);
    expect(sessions).toHaveLength(2);
    expect(sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ip: '10.1.1.1', userAgent: 'Laptop/1.0', current: true }),
        expect.objectContaining({ ip: '10.2.2.2', userAgent: 'Phone/2.0', current: false }),
      ]),
    );
    for (const s of sessions) expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
  });

  it('signs out one session, whose access token stops working at once', async () => {
    const user = await createTestUser(t.app);
    const a = await signIn(user, '10.3.3.3', 'A');
    const b = await signIn(user, '10.4.4.4', 'B');
    const other = (await list(a)).find((s) => !s.current) as SessionDto;
    expect((await del(`/api/auth/sessions/${other.id}`, a)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b })).statusCode).toBe(401);
    expect(await list(a)).toHaveLength(1);
    expect((await del(`/api/auth/sessions/${other.id}`, a)).statusCode).toBe(404);
  });

  it("neither shows nor ends another user's sessions (404)", async () => {
    const owner = await createTestUser(t.app);
    const stranger = await createTestUser(t.app);
    const ownerAuth = await signIn(owner, '10.5.5.5', 'Owner');
    const strangerAuth = bearer((await signInWithToken(t.app, stranger)).accessToken);
    const [ownerSession] = await list(ownerAuth);
    expect((await list(strangerAuth)).map((s) => s.id)).not.toContain(ownerSession.id);
    expect((await del(`/api/auth/sessions/${ownerSession.id}`, strangerAuth)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: ownerAuth })).statusCode).toBe(200);
  });

  it('signs out every other session, or all of them', async () => {
    const user = await createTestUser(t.app);
    const a = await signIn(user, '10.6.6.6', 'A');
    const b = await signIn(user, '10.7.7.7', 'B');
    const c = await signIn(user, '10.8.8.8', 'C');
    expect((await del('/api/auth/sessions', a)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: c })).statusCode).toBe(401);
    expect((await list(a)).map((s) => s.current)).toEqual([true]);
    expect((await del('/api/auth/sessions?scope=all', a)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: a })).statusCode).toBe(401);
  });

  it('answers 400 naming a bad id or scope', async () => {
    const user = await createTestUser(t.app);
    const a = await signIn(user, '10.9.9.9', 'A');
    expect((await del('/api/auth/sessions/not-a-uuid', a)).json().message).toEqual(expect.stringContaining('id'));
    const bad = await del('/api/auth/sessions?scope=everything', a);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().message)).toContain('scope');
  });
});
