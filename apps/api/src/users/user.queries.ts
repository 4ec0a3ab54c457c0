// The SQL other modules may run on users and memberships. The users module owns app_user and
// membership: other modules read them only through these functions and fragments, which keep
// the password hash and the table layout inside this folder. Fragments are plain SQL so that a
// caller can keep its whole read in one query (no load-then-filter, no N+1).
import type { EntityManager } from 'typeorm';
import type { SqlCondition } from '../common/sql-condition';

/**
 * The columns of a user that other modules may read, as a derived table to join
 * (`JOIN ${USER_CONTACTS} u ON u.id = …`); PostgreSQL flattens it into the outer query.
 */
export const USER_CONTACTS = '(SELECT id, display_name, email, disabled_at FROM app_user)';

/** Sub-select of the agencies a user belongs to; the caller binds `:userParam` to the user id. */
export function memberAgencyIdsSql(userParam: string): string {
  return `(SELECT msa.organization_id FROM membership msa WHERE msa.user_id = :${userParam})`;
}

/** Sub-select of the users who lead one of the agencies that `agencyIdsSql` selects. */
export function agencyLeaderIdsSql(agencyIdsSql: string): string {
  return `(SELECT msl.user_id FROM membership msl WHERE msl.role = 'leader' AND msl.organization_id IN (${agencyIdsSql}))`;
}

/**
 * Sub-select of the users who answer for one of the agencies `agencyIdsSql` selects: their
 * leaders and staff (staff answer invitations and polls on their leader's behalf).
 */
export function agencyAnswererIdsSql(agencyIdsSql: string): string {
  return `(SELECT msr.user_id FROM membership msr WHERE msr.role IN ('leader', 'staff') AND msr.organization_id IN (${agencyIdsSql}))`;
}

export interface UserContact {
  userId: string;
  email: string;
  displayName: string;
}

/** Stands for "nobody left out" in `enabledContacts`: no user has this id. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * The enabled users among those `userIds` (a SELECT of user ids) selects, by id, except
 * `exceptUserId` (the actor, who is not told about their own change) when given.
 */
export async function enabledContacts(
  manager: EntityManager,
  userIds: SqlCondition,
  exceptUserId: string | null = null,
): Promise<UserContact[]> {
  const [sql, params] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT u.id, u.email, u.display_name FROM app_user u
      WHERE u.disabled_at IS NULL AND u.id <> :exceptUserId AND u.id IN (${userIds.sql})
      ORDER BY u.id`,
    { ...userIds.params, exceptUserId: exceptUserId ?? NO_USER },
  );
  const rows: { id: string; email: string; display_name: string }[] = await manager.query(sql, params);
  return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name }));
}

/** The enabled leaders and staff of one agency: those who answer for it and are told what it owes. */
export function agencyAnswerers(manager: EntityManager, agencyId: string): Promise<UserContact[]> {
  return enabledContacts(manager, {
    sql: `SELECT * FROM ${agencyAnswererIdsSql('SELECT CAST(:answeringAgencyId AS uuid)')} a`,
    params: { answeringAgencyId: agencyId },
  });
}

/** The enabled leaders of these agencies, except `exceptUserId` (the actor): who is told of an agenda's or minutes' publication. */
export function agencyLeaders(
  manager: EntityManager,
  agencyIds: readonly string[],
  exceptUserId: string | null = null,
): Promise<UserContact[]> {
  return enabledContacts(
    manager,
    {
      sql: `SELECT * FROM ${agencyLeaderIdsSql('SELECT unnest(CAST(:leadAgencyIds AS uuid[]))')} leaders`,
      params: { leadAgencyIds: [...agencyIds] },
    },
    exceptUserId,
  );
}

/** Display names by user id (unknown ids are left out). */
export async function displayNamesOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Those of `userIds` who are enabled members of the agency. */
export async function enabledMemberIds(manager: EntityManager, agencyId: string, userIds: string[]): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT ms.user_id FROM membership ms JOIN app_user u ON u.id = ms.user_id
      WHERE ms.organization_id = $1 AND ms.user_id = ANY($2::uuid[]) AND u.disabled_at IS NULL`,
    [agencyId, userIds],
  );
  return rows.map((r) => r.user_id);
}

/**
 * A user's memberships (agency, role, clearance) as a derived table, one row per membership, so
 * that a policy can test each membership on its own (`EXISTS (SELECT 1 FROM … ms WHERE …)`) and
 * never combine the clearance of one with the agency of another. Binds `:userParam`.
 */
export function membershipsOfSql(userParam: string): string {
  return `(SELECT mso.organization_id, mso.role, mso.clearance FROM membership mso WHERE mso.user_id = :${userParam})`;
}

/** Those of `ids` who are enabled users with a RED clearance in at least one membership. */
export async function redClearedUserIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM app_user u WHERE u.id = ANY($1::uuid[]) AND u.disabled_at IS NULL
        AND EXISTS (SELECT 1 FROM membership ms WHERE ms.user_id = u.id AND ms.clearance = 'RED')`,
    [ids],
  );
  return rows.map((r) => r.id);
}
