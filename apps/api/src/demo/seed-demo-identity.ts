import type { EntityManager } from 'typeorm';
import { hashPassword } from '../users/credentials/password-hasher';
import {
  DEMO_AGENCIES,
  DEMO_PASSWORD,
  DEMO_SHARING_GROUPS,
  DEMO_USERS,
  type DemoAgency,
  type DemoSharingGroup,
  type DemoUser,
} from './demo-identity.data';
import type { DemoIds } from './demo-seed-step';

/**
 * Computes a value on first use only, once. argon2 costs tens of milliseconds and a restart
 * with every demo user present needs no hash at all.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= compute());
}

/**
 * Agencies, sharing groups, users and memberships. A row whose natural key exists is left as it
 * is (an admin may have edited it); memberships and group members are written only together
 * with the user or group they belong to, so that what an admin removed stays removed.
 */
export async function seedDemoIdentity(
  manager: EntityManager,
  ids: DemoIds,
  passwordHash: () => Promise<string> = once(() => hashPassword(DEMO_PASSWORD)),
) {
  // Keys are what the start-up log says: "added 12 agencies, 2 sharing groups, ...".
  const report = { agencies: 0, 'sharing groups': 0, 'group members': 0, users: 0, memberships: 0 };
  for (const agency of DEMO_AGENCIES) {
    const { id, created } = await ensureAgency(manager, agency, ids);
    ids.agencies.set(agency.shortName, id);
    if (created) report.agencies++;
  }
  for (const group of DEMO_SHARING_GROUPS) {
    const created = await ensureSharingGroup(manager, group, ids);
    if (created !== null) {
      report['sharing groups']++;
      report['group members'] += created;
    }
  }
  for (const user of DEMO_USERS) {
    const { id, memberships } = await ensureUser(manager, user, ids, passwordHash);
    ids.users.set(user.email, id);
    if (memberships !== null) {
      report.users++;
      report.memberships += memberships;
    }
  }
  return report;
}

async function ensureAgency(manager: EntityManager, agency: DemoAgency, ids: DemoIds) {
  // Any of the three unique keys identifies the demo agency, so that an edited name or short
  // name does not make a second one (and does not collide with the first).
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM organization
      WHERE short_name = $1 OR name = $2 OR (iso_code IS NOT NULL AND iso_code = $3)
      ORDER BY (iso_code IS NOT DISTINCT FROM $3) DESC, (short_name = $1) DESC
      LIMIT 1`,
    [agency.shortName, agency.name, agency.isoCode],
  );
  if (found[0]) return { id: found[0].id, created: false };
  const parentId = agency.parent ? ids.agencyId(agency.parent) : null;
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO organization (name, short_name, kind, iso_code, parent_id, version)
     VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
    [agency.name, agency.shortName, agency.kind, agency.isoCode, parentId],
  );
  return { id: row.id, created: true };
}

/** The number of members written when the group was created now, else null. */
async function ensureSharingGroup(manager: EntityManager, group: DemoSharingGroup, ids: DemoIds) {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO sharing_group (name, description, version) VALUES ($1, $2, 1)
     ON CONFLICT DO NOTHING RETURNING id`,
    [group.name, group.description],
  );
  if (!inserted[0]) return null;
  const agencyIds = group.members.map((m) => ids.agencyId(m));
  await manager.query(
    `INSERT INTO sharing_group_member (sharing_group_id, organization_id) SELECT $1, unnest($2::uuid[])`,
    [inserted[0].id, agencyIds],
  );
  return agencyIds.length;
}

/** `memberships` is the number written when the user was created now, else null. */
async function ensureUser(
  manager: EntityManager,
  user: DemoUser,
  ids: DemoIds,
  passwordHash: () => Promise<string>,
): Promise<{ id: string; memberships: number | null }> {
  const found: { id: string }[] = await manager.query('SELECT id FROM app_user WHERE email = $1', [user.email]);
  if (found[0]) return { id: found[0].id, memberships: null };
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO app_user (email, display_name, password_hash, platform_roles, version)
     VALUES ($1, $2, $3, $4, 1) RETURNING id`,
    [user.email, user.displayName, await passwordHash(), user.platformRoles],
  );
  for (const m of user.memberships) {
    await manager.query(`INSERT INTO membership (user_id, organization_id, role, clearance) VALUES ($1, $2, $3, $4)`, [
      row.id,
      ids.agencyId(m.agency),
      m.role,
      m.clearance,
    ]);
  }
  return { id: row.id, memberships: user.memberships.length };
}
