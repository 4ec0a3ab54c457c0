import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RefreshTokenEntity } from '../users/entities/refresh-token.entity';

/** Claims of an access token besides iss/aud/iat/exp, which the JWT library sets and checks. */
export interface AccessTokenClaims {
  sub: string;
  /** The refresh-token family (the sign-in session); revoking it ends the access token at once. */
  sid: string;
}

export interface IssuedSession {
  userId: string;
  familyId: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Where a sign-in came from, and whether it may only enrol a second factor. */
export interface SessionMeta {
  ip?: string | null;
  userAgent?: string | null;
  enrolmentOnly?: boolean;
}

export type RotationResult =
  | { outcome: 'rotated'; session: IssuedSession }
  | { outcome: 'reused'; userId: string; familyId: string }
  | { outcome: 'invalid' };

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Access tokens (short-lived JWTs) and refresh tokens (random, stored only as SHA-256, rotated
 * on every use within a family; a second use of one token revokes the family).
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Starts a new family (a sign-in), remembering where it started for "my sessions". A session
   * of a user who must enrol a second factor first is limited to enrolling.
   */
  async startSession(userId: string, manager?: EntityManager, meta: SessionMeta = {}): Promise<IssuedSession> {
    const m = manager ?? this.dataSource.manager;
    const familyId = randomUUID();
    await m.query(
      `INSERT INTO auth_session (id, user_id, ip, user_agent, two_factor_enrolment_only) VALUES ($1, $2, $3, $4, $5)`,
      [familyId, userId, meta.ip ?? null, meta.userAgent?.slice(0, 500) ?? null, meta.enrolmentOnly ?? false],
    );
    return this.issue(userId, familyId, m);
  }

  /**
   * Marks the presented token used and issues its successor, in one transaction. A token that
   * was already used or revoked is reported as reuse; the caller revokes the family.
   */
  async rotate(presented: string): Promise<RotationResult> {
    const tokenHash = hashRefreshToken(presented);
    return this.dataSource.transaction(async (manager) => {
      const consumed = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ usedAt: () => 'clock_timestamp()' })
        .where('token_hash = :tokenHash AND used_at IS NULL AND revoked_at IS NULL', { tokenHash })
        .andWhere('expires_at > clock_timestamp()')
        .andWhere('EXISTS (SELECT 1 FROM app_user u WHERE u.id = user_id AND u.disabled_at IS NULL)')
        .returning('user_id, family_id')
        .execute();
      const row = (consumed.raw as { user_id: string; family_id: string }[])[0];
      if (row) {
        await manager.query(`UPDATE auth_session SET last_used_at = clock_timestamp() WHERE id = $1`, [row.family_id]);
        const [{ started_at }]: { started_at: Date }[] = await manager.query(
          'SELECT min(created_at) AS started_at FROM refresh_token WHERE family_id = $1',
          [row.family_id],
        );
        return {
          outcome: 'rotated',
          session: await this.issue(row.user_id, row.family_id, manager, started_at),
        } as const;
      }
      // Only a token that was rotated away counts as reuse; one revoked by sign-out or by an
      // admin is simply no longer valid.
      const known = await manager.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash },
        select: { id: true, userId: true, familyId: true, usedAt: true },
      });
      if (known?.usedAt) {
        return {
          outcome: 'reused',
          userId: known.userId,
          familyId: known.familyId,
        } as const;
      }
      return { outcome: 'invalid' } as const;
    });
  }

  /** Revokes every token of a family; returns how many were still live. */
  async revokeFamily(familyId: string, manager?: EntityManager): Promise<number> {
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'clock_timestamp()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    return result.affected ?? 0;
  }

  /** Revokes every family of a user except, optionally, the one in use. */
  async revokeAllForUser(userId: string, manager?: EntityManager, keepFamilyId?: string): Promise<void> {
    const qb = (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'clock_timestamp()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepFamilyId) qb.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    await qb.execute();
  }

  /** The family and user of a presented refresh token, whatever its state. */
  async findFamily(presented: string): Promise<{ userId: string; familyId: string } | null> {
    const row = await this.dataSource.getRepository(RefreshTokenEntity).findOne({
      where: { tokenHash: hashRefreshToken(presented) },
      select: { userId: true, familyId: true },
    });
    return row ? { userId: row.userId, familyId: row.familyId } : null;
  }

  /**
   * Each refresh token lives refreshTtlSeconds, but never past the session's maximum age counted
   * from the sign-in (`sessionStartedAt`), so that a stolen, regularly refreshed token dies too.
   */
  private async issue(
    userId: string,
    familyId: string,
    manager: EntityManager,
    sessionStartedAt: Date = new Date(),
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const { refreshTtlSeconds, sessionMaxAgeSeconds } = this.config.jwt;
    const expiresAt = Math.min(
      Date.now() + refreshTtlSeconds * 1000,
      sessionStartedAt.getTime() + sessionMaxAgeSeconds * 1000,
    );
    await manager.getRepository(RefreshTokenEntity).insert({
      userId,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(expiresAt),
    });
    const claims: AccessTokenClaims = { sub: userId, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      userId,
      familyId,
      accessToken,
      refreshToken,
      expiresIn: this.config.jwt.accessTtlSeconds,
    };
  }
}
