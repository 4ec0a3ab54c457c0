import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyMemberDto } from '@cumbre/contracts';
import type { AuthUser, RequestOrigin } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { AgencyMemberRow, mapAgencyMember } from './agency.mapper';
import { foldSql } from './search-text';

/**
 * One row per existing agency: whether the caller may list its members (a membership there, or
 * the admin platform role, both read from the database) and, only then, the members themselves.
 * The members subquery carries the access condition, so a refused caller never loads a member.
 */
const MEMBER_LIST_SQL = `
  SELECT access.allowed AS "allowed",
         coalesce(listed.members, '[]'::json) AS "members"
    FROM organization o
   CROSS JOIN LATERAL (
     SELECT EXISTS (SELECT 1 FROM membership cm WHERE cm.organization_id = o.id AND cm.user_id = $2)
         OR EXISTS (SELECT 1 FROM app_user ca WHERE ca.id = $2 AND 'admin' = ANY (ca.platform_roles))
            AS allowed
   ) access
    LEFT JOIN LATERAL (
     SELECT json_agg(
              json_build_object('userId', u.id, 'displayName', u.display_name, 'role', m.role)
              ORDER BY (m.role = 'leader') DESC, ${foldSql('u.display_name')}, u.id
            ) AS members
       FROM membership m
       JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
      WHERE m.organization_id = o.id AND access.allowed
   ) listed ON TRUE
   WHERE o.id = $1`;

interface MemberListRow {
  allowed: boolean;
  members: AgencyMemberRow[];
}

@Injectable()
export class AgencyMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The agency's enabled members, leaders first and then by name. The agency directory is open
   * to every signed-in user, so a refusal here reveals nothing and is answered 403, not 404.
   */
  async list(agencyId: string, caller: AuthUser, origin: RequestOrigin): Promise<AgencyMemberDto[]> {
    const [row]: MemberListRow[] = await this.dataSource.query(MEMBER_LIST_SQL, [agencyId, caller.id]);
    if (!row) throw new ApiError('agency.not_found', `agency ${agencyId} not found`, { params: { id: agencyId } });
    if (!row.allowed) {
      await this.audit.record({
        action: 'auth.permission_denied',
        actor: caller,
        objectType: 'agency',
        objectId: agencyId,
        origin,
        details: { route: 'GET /api/agencies/:id/members' },
      });
      throw new ApiError('agency.members_only', 'only members of this agency may list its members');
    }
    return row.members.map(mapAgencyMember);
  }
}
