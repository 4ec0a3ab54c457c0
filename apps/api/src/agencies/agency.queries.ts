// The SQL other modules may run on agencies and sharing groups. The agencies module owns
// organization, sharing_group and sharing_group_member; other modules read them only here.
import type { AgencySummary } from '@cumbre/contracts';
import { In, type EntityManager } from 'typeorm';
import { mapAgencySummary } from './agency.mapper';
import { AgencyEntity } from './entities/agency.entity';

/**
 * The columns of an agency that other modules may read, as a derived table to join
 * (`JOIN ${AGENCY_NAMES} o ON o.id = …`); PostgreSQL flattens it into the outer query.
 */
export const AGENCY_NAMES = '(SELECT id, name, short_name FROM organization)';

/** An agency's public summary columns (AgencySummary), as a derived table to join. */
export const AGENCY_SUMMARIES = '(SELECT id, name, short_name, kind, iso_code, parent_id FROM organization)';

/** AgencySummary from the columns of AGENCY_SUMMARIES selected with a prefix (`o_id`, `o_name`, …). */
export function agencySummaryFromRow(row: Record<string, unknown>, prefix: string): AgencySummary {
  return {
    id: row[`${prefix}id`] as string,
    name: row[`${prefix}name`] as string,
    shortName: row[`${prefix}short_name`] as string,
    kind: row[`${prefix}kind`] as AgencySummary['kind'],
    isoCode: (row[`${prefix}iso_code`] as string | null) ?? null,
  };
}

/** The select list for agencySummaryFromRow. */
export const agencySummaryColumns = (alias: string, prefix: string) =>
  ['id', 'name', 'short_name', 'kind', 'iso_code'].map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', ');

export async function agencySummaryOf(manager: EntityManager, id: string): Promise<AgencySummary | null> {
  const agency = await manager.getRepository(AgencyEntity).findOneBy({ id });
  return agency ? mapAgencySummary(agency) : null;
}

/** Those of `ids` that name an agency. */
export async function existingAgencyIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query('SELECT id FROM organization WHERE id = ANY($1::uuid[])', [ids]);
  return rows.map((r) => r.id);
}

/** Those of `ids` that name a sharing group. */
export async function existingSharingGroupIds(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query('SELECT id FROM sharing_group WHERE id = ANY($1::uuid[])', [ids]);
  return rows.map((r) => r.id);
}

/** The member agencies of a sharing group. */
export async function sharingGroupAgencyIds(manager: EntityManager, groupId: string): Promise<string[]> {
  const rows: { organization_id: string }[] = await manager.query(
    'SELECT organization_id FROM sharing_group_member WHERE sharing_group_id = $1',
    [groupId],
  );
  return rows.map((r) => r.organization_id);
}

/** Sub-select of the member agencies of the sharing group `groupIdSql` (a column or parameter). */
export function sharingGroupAgencyIdsSql(groupIdSql: string): string {
  return `(SELECT sgm.organization_id FROM sharing_group_member sgm WHERE sgm.sharing_group_id = ${groupIdSql})`;
}

/** Whether an agency is a member of a sharing group (false when the group does not exist). */
export async function isSharingGroupMember(
  manager: EntityManager,
  groupId: string,
  agencyId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM sharing_group_member WHERE sharing_group_id = $1 AND organization_id = $2',
    [groupId, agencyId],
  );
  return rows.length > 0;
}

/** The name of each of `ids` that names a sharing group. */
export async function sharingGroupNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM sharing_group WHERE id = ANY($1::uuid[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Summaries of those of `ids` that name an agency, by id (one query). */
export async function agencySummariesOf(manager: EntityManager, ids: string[]): Promise<Map<string, AgencySummary>> {
  if (ids.length === 0) return new Map();
  const agencies = await manager.getRepository(AgencyEntity).findBy({ id: In([...new Set(ids)]) });
  return new Map(agencies.map((a) => [a.id, mapAgencySummary(a)]));
}
