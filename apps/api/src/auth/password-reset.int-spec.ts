import { useTestApp } from '../../test/test-app';
import { bearer, createTestUser, randomIp, signInWithToken } from '../../test/identity-fixtures';

describe('password reset by e-mail', () => {
  const t = useTestApp();

  const ask = (email: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email },
    });
  const confirm = (token: string, newPassword: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, newPassword } });
  const mailsTo = (email: string): Promise<{ text_body: string; subject: string }[]> =>
    t.db.query(`SELECT subject, text_body FROM email_outbox WHERE to_address = $1 AND kind = 'auth.password_reset'`, [
      email,
    ]);
  const tokenIn = (body: string) => (/token=([A-Za-z0-9_-]+)/.exec(body) as RegExpExecArray)[1];
  const NEW_PASSWORD = 'Nueva-clave-segura-2027';

  it('answers the same 202 whether or not the account exists, and mails only a real one', async () => {
    const user = await createTestUser(t.app);
    const known = await ask(user.email);
    const unknown = await ask(`nadie-${Date.now()}@prueba.example.pe`);
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text_body).toContain('/contrasena/restablecer?token=');
    const [stored] = await t.db.query('SELECT token_hash FROM password_reset_token WHERE user_id = $1', [user.id]);
    expect(mails[0].text_body).not.toContain(stored.token_hash);
  });

  it('sets a new password once, ends every session, and refuses the token again', async () => {
    const user = await createTestUser(t.app);
    const before = bearer((await signInWithToken(t.app, user)).accessToken);
    await ask(user.email);
    const token = tokenIn((await mailsTo(user.email))[0].text_body);
    expect((await confirm(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: before })).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: user.email, password: NEW_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const again = await confirm(token, 'Otra-clave-segura-2028');
    expect(again.statusCode).toBe(400);
    expect(JSON.stringify(again.json().message)).toContain('token');
  });

  it('refuses an expired token and a weak password, naming the field', async () => {
    const user = await createTestUser(t.app);
    await ask(user.email);
    const token = tokenIn((await mailsTo(user.email))[0].text_body);
    const weak = await confirm(token, 'corta');
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json().message)).toContain('newPassword');
    await t.db.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await confirm(token, NEW_PASSWORD)).statusCode).toBe(400);
  });
});
