import type { RecoveryCodesDto, TwoFactorChallengeDto, TwoFactorEnrolmentDto } from '@cumbre/contracts';
import { useTestApp } from '../../test/test-app';
import {
  bearer,
  BrowserSession,
  createTestAgency,
  createTestUser,
  randomIp,
  TEST_PASSWORD,
  TestUser,
} from '../../test/identity-fixtures';
import { totpCode } from './totp';

describe('two-factor sign-in (TOTP)', () => {
  const t = useTestApp({ TWO_FACTOR_REQUIRED: 'true' });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { 'x-forwarded-for': randomIp(), ...headers }, payload });
  const passwordStep = (user: TestUser) => post('/api/auth/token', { email: user.email, password: TEST_PASSWORD });

  /** Signs in with the password only (no 2FA yet), enrols and confirms; returns secret and codes. */
  async function enrol(
    user: TestUser,
  ): Promise<{ secret: string; recoveryCodes: string[]; auth: Record<string, string> }> {
    const tokens = (await passwordStep(user)).json() as { accessToken: string };
    const auth = bearer(tokens.accessToken);
    const started = await post('/api/auth/two-factor/enrolment', {}, auth);
    expect(started.statusCode).toBe(201);
    const enrolment = started.json() as TwoFactorEnrolmentDto;
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Cumbre%3A.+\?secret=[A-Z2-7]+&issuer=Cumbre/);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const confirmed = await post(
      '/api/auth/two-factor/confirm',
      { code: totpCode(enrolment.secret, Date.now()) },
      auth,
    );
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as RecoveryCodesDto;
    return { secret: enrolment.secret, recoveryCodes, auth };
  }

  /** A code of the next time step: the current one was spent on confirming. */
  const nextCode = (secret: string) => totpCode(secret, Date.now() + 30_000);

  it('enrols with a QR code and a first code, then asks for a code after the password', async () => {
    const user = await createTestUser(t.app);
    const { secret, recoveryCodes, auth } = await enrol(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/two-factor', headers: auth })).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    const first = await passwordStep(user);
    expect(first.statusCode).toBe(200);
    const challenge = first.json() as TwoFactorChallengeDto;
    expect(challenge).toMatchObject({ twoFactorRequired: true, challengeToken: expect.any(String) });
    expect(first.json()).not.toHaveProperty('accessToken');
    const second = await post('/api/auth/token/two-factor', {
      challengeToken: challenge.challengeToken,
      code: nextCode(secret),
    });
    expect(second.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(second.json().accessToken) });
    expect(me.json()).toMatchObject({ id: user.id, twoFactor: { enabled: true, enrolmentOnly: false } });
  });

  it('refuses a wrong code, a replayed code (same time step) and a challenge used as an access token', async () => {
    const user = await createTestUser(t.app);
    const { secret } = await enrol(user);
    const { challengeToken } = (await passwordStep(user)).json() as TwoFactorChallengeDto;
    const wrong = await post('/api/auth/token/two-factor', {
      challengeToken,
      code: String((Number(nextCode(secret)) + 1) % 1_000_000).padStart(6, '0'),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'auth.totp_invalid' });
    const code = nextCode(secret);
    expect((await post('/api/auth/token/two-factor', { challengeToken, code })).statusCode).toBe(200);
    const replayed = await post('/api/auth/token/two-factor', { challengeToken, code });
    expect(replayed.statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(challengeToken) })).statusCode,
    ).toBe(401);
  });

  it('takes each recovery code once', async () => {
    const user = await createTestUser(t.app);
    const { recoveryCodes } = await enrol(user);
    const { challengeToken } = (await passwordStep(user)).json() as TwoFactorChallengeDto;
    const used = await post('/api/auth/token/two-factor', {
      challengeToken,
      recoveryCode: recoveryCodes[3].toLowerCase(),
    });
    expect(used.statusCode).toBe(200);
    const again = await post('/api/auth/token/two-factor', { challengeToken, recoveryCode: recoveryCodes[3] });
    expect(again.statusCode).toBe(401);
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/auth/two-factor',
      headers: bearer(used.json().accessToken),
    });
    expect(status.json()).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('answers 400 naming the field without a code, and throttles wrong codes', async () => {
    const user = await createTestUser(t.app);
    await enrol(user);
    const { challengeToken } = (await passwordStep(user)).json() as TwoFactorChallengeDto;
    const none = await post('/api/auth/token/two-factor', { challengeToken });
    expect(none.statusCode).toBe(400);
    expect(JSON.stringify(none.json().message)).toContain('code');
    const ip = randomIp();
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) {
      answers.push(
        (await post('/api/auth/token/two-factor', { challengeToken, code: '000000' }, { 'x-forwarded-for': ip }))
          .statusCode,
      );
    }
    expect(answers.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(answers[5]).toBe(429);
  });

  it('gives a user cleared AMBER without two-factor a session limited to enrolling, lifted by enrolling', async () => {
    const agencyId = await createTestAgency(t.app);
    const user = await createTestUser(t.app, { memberships: [{ agencyId, role: 'analyst', clearance: 'AMBER' }] });
    const browser = await new BrowserSession(t.app).start();
    const signedIn = await browser.signIn(user);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ twoFactor: { enabled: false, required: true, enrolmentOnly: true } });
    const refused = await browser.request('GET', '/api/meetings');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'auth.two_factor_enrolment_required' });
    const enrolment = (
      await browser.request('POST', '/api/auth/two-factor/enrolment', {})
    ).json() as TwoFactorEnrolmentDto;
    const confirmed = await browser.request('POST', '/api/auth/two-factor/confirm', {
      code: totpCode(enrolment.secret, Date.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await browser.request('GET', '/api/meetings')).statusCode).toBe(200);
    // From now on the browser sign-in asks for the code too.
    const next = await new BrowserSession(t.app).start();
    const challenge = (await next.signIn(user)).json() as TwoFactorChallengeDto;
    expect(challenge.twoFactorRequired).toBe(true);
    const second = await next.request('POST', '/api/auth/login/two-factor', {
      challengeToken: challenge.challengeToken,
      code: nextCode(enrolment.secret),
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ id: user.id, twoFactor: { enabled: true, enrolmentOnly: false } });
    expect((await next.request('GET', '/api/meetings')).statusCode).toBe(200);
  });

  it('does not let a browser challenge finish as an API client sign-in', async () => {
    const user = await createTestUser(t.app);
    const { secret } = await enrol(user);
    const browser = await new BrowserSession(t.app).start();
    const { challengeToken } = (await browser.signIn(user)).json() as TwoFactorChallengeDto;
    const res = await post('/api/auth/token/two-factor', { challengeToken, code: nextCode(secret) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.totp_required' });
  });
});
