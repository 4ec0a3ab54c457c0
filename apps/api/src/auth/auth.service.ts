import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Changes } from '../audit/changes';
import { UserEntity } from '../users/entities/user.entity';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ChangePasswordBody } from './dto/auth.requests';
import { hashPassword, verifyPassword } from '../users/credentials/password-hasher';
import { SignInDevices } from './sign-in-devices';
import { SIGN_IN_FAILED, SignInThrottle } from './sign-in-throttle';
import { IssuedSession, TokenService } from './token.service';

/** The one answer to every failed sign-in, whatever the reason: it reveals no account. */
export const INVALID_CREDENTIALS = 'Invalid e-mail or password';
const INVALID_SESSION = 'The session is no longer valid; sign in again';
const PASSWORD_CHANGE_FAILED = 'auth.password_change_failed';

export type SignedInVia = 'cookie' | 'token';

/** What the sign-in knows of the client besides its address. */
export interface SignInClient {
  /** The browser's device cookie (see SignInDevices). */
  deviceToken?: string;
  userAgent?: string;
  /** Limit the session to enrolling a second factor (required, but not set up yet). */
  enrolmentOnly?: boolean;
}

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  /** Verified against when the account does not exist, so that both cases take as long. */
  private dummyHash!: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly changes: Changes,
    private readonly devices: SignInDevices,
  ) {}

  onModuleInit(): void {
    this.dummyHash = hashPassword(randomBytes(18).toString('base64url'));
  }

  /**
   * The local strategy's check. The attempt is recorded (throttled) before the password is
   * verified; every failure is audited and looks the same. `deviceToken` is the browser's
   * device cookie, which keeps its owner's way in while strangers' failures lock the account.
   */
  async verifyCredentials(
    email: string,
    password: string,
    origin: RequestOrigin,
    deviceToken?: string,
  ): Promise<AuthUser> {
    const accountKey = email.toLowerCase();
    const deviceId = await this.devices.resolve(deviceToken, accountKey);
    const attempt = await this.throttle.begin({
      kind: 'sign_in',
      accountKey,
      ip: origin.ip,
      deviceId,
      requestId: origin.requestId,
    });
    const account = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: accountKey })
      .getOne();
    const passwordOk = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), password);
    const reason = !account
      ? 'unknown_account'
      : !passwordOk
        ? 'wrong_password'
        : account.disabledAt
          ? 'disabled'
          : null;
    await this.throttle.settle(attempt, !reason);
    if (reason || !account) {
      await this.audit.record({
        action: SIGN_IN_FAILED,
        actorEmail: accountKey,
        objectType: 'account',
        objectId: accountKey,
        origin,
        details: { reason },
      });
      throw new ApiError('auth.invalid_credentials', INVALID_CREDENTIALS);
    }
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      platformRoles: account.platformRoles,
      memberships: [],
    };
  }

  /**
   * Starts a session for a user whose credentials were just verified. A browser is remembered
   * as the user's device: `deviceToken` is set when its cookie has to be (re)written.
   */
  signIn(
    user: AuthUser,
    origin: RequestOrigin,
    via: SignedInVia,
    client: SignInClient = {},
  ): Promise<IssuedSession & { deviceToken: string | null }> {
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const session = await this.tokens.startSession(user.id, manager, {
        ip: origin.ip,
        userAgent: client.userAgent,
        enrolmentOnly: client.enrolmentOnly,
      });
      const presentedDevice = client.deviceToken;
      const deviceToken = via === 'cookie' ? await this.devices.remember(user.id, presentedDevice, manager) : null;
      await audit({
        action: 'auth.sign_in_succeeded',
        objectType: 'user',
        objectId: user.id,
        details: { via, sessionId: session.familyId },
      });
      return { ...session, deviceToken };
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged means it was
   * copied: the whole family is revoked (the thief's and the owner's tokens alike).
   */
  async refresh(presented: string | undefined, origin: RequestOrigin): Promise<IssuedSession> {
    if (!presented) throw new ApiError('auth.session_expired', INVALID_SESSION);
    const result = await this.tokens.rotate(presented);
    if (result.outcome === 'rotated') return result.session;
    if (result.outcome === 'reused') {
      await this.changes.run({ actor: null, origin }, async ({ manager, audit }) => {
        const revoked = await this.tokens.revokeFamily(result.familyId, manager);
        const owner = await manager.getRepository(UserEntity).findOne({ where: { id: result.userId } });
        await audit({
          action: 'auth.refresh_token_reused',
          actor: owner ? { id: owner.id, email: owner.email } : null,
          objectType: 'user',
          objectId: result.userId,
          details: { sessionId: result.familyId, revokedTokens: revoked },
        });
      });
      this.logger.warn(
        { reqId: origin.requestId, userId: result.userId, sessionId: result.familyId },
        'refresh token reused; session revoked',
      );
    }
    throw new ApiError('auth.session_expired', INVALID_SESSION);
  }

  /** Ends the session the refresh token (or, failing that, the access token) belongs to. */
  async signOut(presented: string | undefined, caller: AuthUser | null, origin: RequestOrigin): Promise<void> {
    const family = presented ? await this.tokens.findFamily(presented) : null;
    const sessionId = family?.familyId ?? caller?.sessionId;
    const userId = family?.userId ?? caller?.id;
    if (!sessionId || !userId) return;
    await this.changes.run({ actor: null, origin }, async ({ manager, audit }) => {
      await this.tokens.revokeFamily(sessionId, manager);
      const owner = await manager.getRepository(UserEntity).findOne({ where: { id: userId } });
      await audit({
        action: 'auth.signed_out',
        actor: owner ? { id: owner.id, email: owner.email } : null,
        objectType: 'user',
        objectId: userId,
        details: { sessionId },
      });
    });
  }

  /**
   * Changes the caller's own password. Every other session of theirs ends; the one in use
   * stays. Wrong current passwords count towards the same per-account limit as sign-ins.
   */
  async changePassword(user: AuthUser, body: ChangePasswordBody, origin: RequestOrigin): Promise<void> {
    const attempt = await this.throttle.begin({ kind: 'password_change', accountKey: user.id, ip: null });
    const account = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    const currentOk = await verifyPassword(account.passwordHash, body.currentPassword);
    await this.throttle.settle(attempt, currentOk);
    if (!currentOk) {
      await this.audit.record({
        action: PASSWORD_CHANGE_FAILED,
        actor: user,
        objectType: 'user',
        objectId: user.id,
        origin,
      });
      throw new ApiError('auth.wrong_current_password', 'currentPassword is not correct', { field: 'currentPassword' });
    }
    if (body.newPassword === body.currentPassword) {
      throw new ApiError('auth.password_unchanged', 'newPassword must differ from currentPassword', {
        field: 'newPassword',
      });
    }
    const passwordHash = await hashPassword(body.newPassword);
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          passwordHash,
          passwordChangedAt: () => 'clock_timestamp()',
          version: () => '"version" + 1',
        })
        .where('id = :id', { id: user.id })
        .execute();
      await this.tokens.revokeAllForUser(user.id, manager, user.sessionId);
      await audit({ action: 'auth.password_changed', objectType: 'user', objectId: user.id });
    });
  }
}
