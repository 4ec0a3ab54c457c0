import { ApiError } from '../common/api-error';
import type { ErrorCode } from '@cumbre/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { toDataURL } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import type {
  RecoveryCodesDto,
  TwoFactorChallengeDto,
  TwoFactorEnrolmentDto,
  TwoFactorStatusDto,
} from '@cumbre/contracts';
import { AuditService } from '../audit/audit.service';
import { Changes } from '../audit/changes';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { SignInThrottle } from './sign-in-throttle';
import { returnedRows } from './sql-result';
import { base32Encode, matchingStep, newTotpSecret, otpauthUri } from './totp';

export const TOTP_REQUIRED = 'auth.totp_required' satisfies ErrorCode;
export const TOTP_INVALID = 'auth.totp_invalid' satisfies ErrorCode;
export const TWO_FACTOR_ENROLMENT_REQUIRED = 'auth.two_factor_enrolment_required';

/** Clearances at which two-factor sign-in is required (TLP AMBER and above). */
const REQUIRING_CLEARANCES = ['AMBER', 'AMBER+STRICT', 'RED'];
const CHALLENGE_AUDIENCE = 'cumbre-two-factor';
const CHALLENGE_TTL_SECONDS = 300;
const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Cumbre';

export type SignInVia = 'cookie' | 'token';

const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase(), 'utf8').digest('hex');

/** Ten characters of base32 in two groups, e.g. "K7QM2-XR4TB" (50 bits each). */
const newRecoveryCode = () =>
  base32Encode(randomBytes(7))
    .slice(0, 10)
    .replace(/^(.{5})/, '$1-');

const invalidCode = () => new ApiError(TOTP_INVALID, 'code is not valid; try the current one', { field: 'code' });

const invalidChallenge = () =>
  new ApiError(TOTP_REQUIRED, 'challengeToken is not valid or has expired; sign in again', {
    field: 'challengeToken',
  });

/**
 * Two-factor sign-in with an authenticator app (TOTP): enrolment with a QR code, confirmation
 * with a first code, ten single-use recovery codes (stored hashed), and the second step of a
 * sign-in, carried between the two steps by a short-lived signed challenge token.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly changes: Changes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the user has it on, and whether a membership's clearance requires it. */
  async gate(userId: string): Promise<{ enabled: boolean; required: boolean }> {
    const [row]: { enabled: boolean; required: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = $1 AND t.confirmed_at IS NOT NULL) AS enabled,
              EXISTS (SELECT 1 FROM membership m WHERE m.user_id = $1 AND m.clearance = ANY($2::text[])) AS required`,
      [userId, REQUIRING_CLEARANCES],
    );
    return { enabled: row.enabled, required: row.required && this.config.twoFactorRequired };
  }

  async status(user: AuthUser): Promise<TwoFactorStatusDto> {
    const gate = await this.gate(user.id);
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM user_recovery_code WHERE user_id = $1 AND used_at IS NULL`,
      [user.id],
    );
    return { ...gate, enrolmentOnly: user.twoFactorEnrolmentOnly === true, recoveryCodesLeft: gate.enabled ? n : 0 };
  }

  /** The answer to a correct password when the second step is needed. */
  async challenge(userId: string, via: SignInVia): Promise<TwoFactorChallengeDto> {
    const challengeToken = await this.jwt.signAsync(
      { sub: userId, via },
      { audience: CHALLENGE_AUDIENCE, expiresIn: CHALLENGE_TTL_SECONDS },
    );
    return { twoFactorRequired: true, challengeToken, expiresIn: CHALLENGE_TTL_SECONDS };
  }

  /**
   * The second step: the challenge from the first, and a current code (not one already used:
   * a code seen by someone else is worth nothing) or an unused recovery code. Throttled per
   * account and address like passwords. Returns the user to start the session for.
   */
  async verify(
    input: { challengeToken: string; code?: string; recoveryCode?: string },
    via: SignInVia,
    origin: RequestOrigin,
  ): Promise<AuthUser> {
    const userId = await this.readChallenge(input.challengeToken, via);
    const [account]: { id: string; email: string; display_name: string; platform_roles: AuthUser['platformRoles'] }[] =
      await this.dataSource.query(
        `SELECT id, email, display_name, platform_roles FROM app_user WHERE id = $1 AND disabled_at IS NULL`,
        [userId],
      );
    if (!account) throw invalidChallenge();
    const user: AuthUser = {
      id: account.id,
      email: account.email,
      displayName: account.display_name,
      platformRoles: account.platform_roles,
      memberships: [],
    };
    const attempt = await this.throttle.begin({
      kind: 'second_factor',
      accountKey: userId,
      ip: origin.ip,
      requestId: origin.requestId,
    });
    const ok = await this.dataSource.transaction(async (manager) => {
      if (input.recoveryCode) return this.useRecoveryCode(manager, userId, input.recoveryCode);
      if (input.code) return this.useTotpCode(manager, userId, input.code, true);
      return false;
    });
    await this.throttle.settle(attempt, ok);
    await this.audit.record({
      action: ok ? 'auth.second_factor_succeeded' : 'auth.second_factor_failed',
      actor: user,
      objectType: 'user',
      objectId: userId,
      origin,
      details: { method: input.recoveryCode ? 'recovery_code' : 'totp' },
    });
    if (!ok) throw invalidCode();
    return user;
  }

  /** A new secret (replacing an unconfirmed one), as a URI and a QR code for the app. */
  async startEnrolment(user: AuthUser): Promise<TwoFactorEnrolmentDto> {
    const secret = newTotpSecret();
    const stored: unknown[] = await this.dataSource.query(
      `INSERT INTO user_totp (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = clock_timestamp(), last_used_step = NULL
         WHERE user_totp.confirmed_at IS NULL
       RETURNING user_id`,
      [user.id, secret],
    );
    if (stored.length === 0)
      throw new ApiError('auth.two_factor_already_on', 'two-factor sign-in is already on for this account');
    const uri = otpauthUri(secret, user.email, ISSUER);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /**
   * Turns it on with a first code from the app, lifts the enrolment-only limit of the user's
   * sessions, and returns the recovery codes (shown once; only their hashes are kept).
   */
  async confirm(user: AuthUser, code: string, origin: RequestOrigin): Promise<RecoveryCodesDto> {
    const attempt = await this.throttle.begin({
      kind: 'second_factor',
      accountKey: user.id,
      ip: origin.ip,
      requestId: origin.requestId,
    });
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const ok = await this.changes.run({ actor: null, origin: null }, async ({ manager, audit }) => {
      if (!(await this.useTotpCode(manager, user.id, code, false))) return false;
      await manager.query(`UPDATE user_totp SET confirmed_at = clock_timestamp() WHERE user_id = $1`, [user.id]);
      await manager.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [user.id]);
      await manager.query(`INSERT INTO user_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
        user.id,
        recoveryCodes.map(hashRecoveryCode),
      ]);
      await manager.query(`UPDATE auth_session SET two_factor_enrolment_only = false WHERE user_id = $1`, [user.id]);
      await audit({ action: 'auth.two_factor_enabled', actor: user, objectType: 'user', objectId: user.id, origin });
      return true;
    });
    await this.throttle.settle(attempt, ok);
    if (!ok) throw invalidCode();
    return { recoveryCodes };
  }

  private async readChallenge(token: string, via: SignInVia): Promise<string> {
    try {
      const claims = await this.jwt.verifyAsync<{ sub?: unknown; via?: unknown }>(token, {
        audience: CHALLENGE_AUDIENCE,
      });
      if (typeof claims.sub === 'string' && claims.via === via) return claims.sub;
    } catch {
      // An expired or forged challenge is answered like a missing one.
    }
    throw invalidChallenge();
  }

  /**
   * Checks a code and records its time step, atomically: a step at or before the last one used
   * is refused, so the same code never works twice.
   */
  private async useTotpCode(
    manager: EntityManager,
    userId: string,
    code: string,
    confirmed: boolean,
  ): Promise<boolean> {
    const [row]: { secret: string }[] = await manager.query(
      `SELECT secret FROM user_totp WHERE user_id = $1 AND (confirmed_at IS NOT NULL) = $2 FOR UPDATE`,
      [userId, confirmed],
    );
    if (!row) return false;
    const step = matchingStep(row.secret, code, Date.now());
    if (step === null) return false;
    const used = returnedRows(
      await manager.query(
        `UPDATE user_totp SET last_used_step = $2
          WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2) RETURNING user_id`,
        [userId, step],
      ),
    );
    return used.length > 0;
  }

  private async useRecoveryCode(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const used = returnedRows(
      await manager.query(
        `UPDATE user_recovery_code SET used_at = clock_timestamp()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
            AND EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = $1 AND t.confirmed_at IS NOT NULL)
          RETURNING id`,
        [userId, hashRecoveryCode(code)],
      ),
    );
    return used.length > 0;
  }
}
