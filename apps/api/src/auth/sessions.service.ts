import { ApiError } from '../common/api-error';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionDto } from '@cumbre/contracts';
import { AuditService } from '../audit/audit.service';
import { Changes } from '../audit/changes';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { returnedRows } from './sql-result';

interface SessionRow {
  id: string;
  created_at: Date;
  last_used_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** A session is live while one of its refresh tokens can still be exchanged. */
const LIVE = `EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = s.id AND rt.revoked_at IS NULL AND rt.used_at IS NULL
                         AND rt.expires_at > clock_timestamp())`;

/** "My sessions": the caller's live sign-ins, and signing out one or all of them. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changes: Changes,
  ) {}

  async list(user: AuthUser): Promise<SessionDto[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.created_at, s.last_used_at, s.ip, s.user_agent FROM auth_session s
        WHERE s.user_id = $1 AND ${LIVE}
        ORDER BY s.last_used_at DESC, s.id`,
      [user.id],
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: r.last_used_at.toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.id === user.sessionId,
    }));
  }

  /** Another user's session, or one already ended, is not found (404). */
  async revoke(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    const revoked = await this.revokeWhere(user, origin, 's.id = $2', [id]);
    if (revoked === 0) throw new ApiError('common.not_found', 'No such session');
  }

  /** Every session but the current one, or all of them. */
  async revokeAll(user: AuthUser, scope: 'others' | 'all', origin: RequestOrigin): Promise<void> {
    if (scope === 'all' || !user.sessionId) await this.revokeWhere(user, origin, 'true', []);
    else await this.revokeWhere(user, origin, 's.id <> $2', [user.sessionId]);
  }

  private revokeWhere(user: AuthUser, origin: RequestOrigin, condition: string, params: unknown[]): Promise<number> {
    return this.changes.run({ actor: null, origin: null }, async ({ manager, audit }) => {
      const ended = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE refresh_token SET revoked_at = clock_timestamp()
          WHERE revoked_at IS NULL AND family_id IN (
                SELECT s.id FROM auth_session s WHERE s.user_id = $1 AND ${condition} AND ${LIVE})
          RETURNING family_id AS id`,
          [user.id, ...params],
        ),
      );
      const sessionIds = [...new Set(ended.map((r) => r.id))];
      if (sessionIds.length > 0) {
        await audit({
          action: 'auth.sessions_revoked',
          actor: user,
          objectType: 'user',
          objectId: user.id,
          origin,
          details: { sessionIds },
        });
      }
      return sessionIds.length;
    });
  }
}
