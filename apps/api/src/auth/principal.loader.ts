import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { SqlReader } from '../database/sql-reader';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  platform_roles: AuthUser['platformRoles'];
  memberships: AuthUser['memberships'];
  enrolment_only: boolean | null;
}

/**
 * Loads the caller on every request, in one round trip: an account that is disabled, or a
 * sign-in session that was revoked (sign-out, token reuse, password change), yields nothing,
 * so its access tokens stop working at once rather than at expiry. On the pool (SqlReader): it
 * runs before every signed-in request, never inside a transaction.
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly reader: SqlReader) {}

  async load(userId: string, sessionId: string): Promise<AuthUser | null> {
    const rows = await this.reader.query<PrincipalRow>(
      `SELECT u.id, u.email, u.display_name, u.platform_roles,
              COALESCE((SELECT json_agg(json_build_object('agencyId', m.organization_id, 'role', m.role,
                                                          'clearance', m.clearance) ORDER BY m.created_at, m.id)
                          FROM membership m WHERE m.user_id = u.id), '[]'::json) AS memberships,
              (SELECT s.two_factor_enrolment_only FROM auth_session s WHERE s.id = $2) AS enrolment_only
         FROM app_user u
        WHERE u.id = $1 AND u.disabled_at IS NULL
          AND EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = $2 AND rt.user_id = u.id AND rt.revoked_at IS NULL)`,
      [userId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      platformRoles: row.platform_roles,
      memberships: row.memberships,
      sessionId,
      ...(row.enrolment_only ? { twoFactorEnrolmentOnly: true } : {}),
    };
  }
}
