import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { baseDataSourceOptions } from '../database/typeorm-options';
import { createTestApp } from '../../test/test-app';
import { freshDatabase } from '../../test/fresh-database';
import { bearerFor } from '../../test/demo-sessions';
import { verifyPassword } from '../users/credentials/password-hasher';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { DEMO_AGENCIES, DEMO_SHARING_GROUPS, DEMO_USERS } from './demo-identity.data';

/** Fresh databases, migrations and whole application boots: slower than the usual spec. */
const SLOW = 120_000;

const TABLES = ['organization', 'sharing_group', 'sharing_group_member', 'app_user', 'membership'] as const;

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const [row]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM ${t}`);
    out[t] = row.n;
  }
  return out;
}

describe('demo data (own database)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    ds = new DataSource({ ...baseDataSourceOptions(db.url), entities: [] });
    await ds.initialize();
    await ds.runMigrations();
  }, SLOW);
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('loads the whole set once, and a second run adds nothing', async () => {
    const firstLog: string[] = [];
    await seedDemoData(ds, (m) => firstLog.push(m));
    const first = await counts(ds);
    const memberships = DEMO_USERS.reduce((n, u) => n + u.memberships.length, 0);
    const groupMembers = DEMO_SHARING_GROUPS.reduce((n, g) => n + g.members.length, 0);
    expect(first).toEqual({
      organization: DEMO_AGENCIES.length,
      sharing_group: DEMO_SHARING_GROUPS.length,
      sharing_group_member: groupMembers,
      app_user: DEMO_USERS.length,
      membership: memberships,
    });
    expect(firstLog.join('\n')).toContain(`added ${DEMO_AGENCIES.length} agencies`);

    const secondLog: string[] = [];
    await seedDemoData(ds, (m) => secondLog.push(m));
    expect(await counts(ds)).toEqual(first);
    // One line per seed step (later steps, such as meetings, add theirs), none of them adding.
    expect(secondLog[0]).toBe('demo data (identity): already present, nothing added');
    for (const line of secondLog) expect(line).toMatch(/^demo data \([a-z -]+\): already present, nothing added$/);
    // Only the run that added something leaves a trace in the audit log.
    const [audit]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'demo.seeded'`,
    );
    expect(audit.n).toBe(1);
  });

  it('holds the eight summit agencies with their ISO codes and the Macro-región Norte group', async () => {
    const regions: { iso_code: string; name: string }[] = await ds.query(
      `SELECT iso_code, name FROM organization WHERE kind = 'regional' AND iso_code IS NOT NULL ORDER BY iso_code`,
    );
    expect(regions.map((r) => r.iso_code)).toEqual(['PE-ANC', 'PE-CAJ', 'PE-LAL', 'PE-LAM', 'PE-PIU', 'PE-TUM']);
    const members: { short_name: string }[] = await ds.query(
      `SELECT o.short_name FROM sharing_group g
         JOIN sharing_group_member m ON m.sharing_group_id = g.id
         JOIN organization o ON o.id = m.organization_id
        WHERE g.name = 'Macro-región Norte' ORDER BY o.short_name`,
    );
    expect(members.map((m) => m.short_name).sort()).toEqual(
      ['ANGR', 'GR Áncash', 'GR Cajamarca', 'GR La Libertad', 'GR Lambayeque', 'GR Piura', 'GR Tumbes', 'PCM'].sort(),
    );
  });

  it('gives every demo user the one demo password, hashed with argon2id', async () => {
    const rows: { password_hash: string }[] = await ds.query(`SELECT DISTINCT password_hash FROM app_user`);
    // Hashed once per run and shared: one salt for the whole set.
    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('leaves edits and removals made by an admin as they are', async () => {
    await ds.query(
      `UPDATE organization SET name = 'GORE Piura (renombrado)', version = version + 1 WHERE iso_code = 'PE-PIU'`,
    );
    await ds.query(
      `DELETE FROM sharing_group_member WHERE organization_id = (SELECT id FROM organization WHERE short_name = 'ANGR')
          AND sharing_group_id = (SELECT id FROM sharing_group WHERE name = 'Macro-región Norte')`,
    );
    await ds.query(
      `DELETE FROM membership WHERE user_id = (SELECT id FROM app_user WHERE email = 'enlace.norte@cumbre.demo')
          AND organization_id = (SELECT id FROM organization WHERE short_name = 'ANGR')`,
    );
    const before = await counts(ds);
    await seedDemoData(ds);
    expect(await counts(ds)).toEqual(before);
    const [piura]: { name: string }[] = await ds.query(`SELECT name FROM organization WHERE iso_code = 'PE-PIU'`);
    expect(piura.name).toBe('GORE Piura (renombrado)');
  });

  it('is safe when two instances seed at the same time', async () => {
    await ds.query(
      `DELETE FROM membership WHERE user_id IN (SELECT id FROM app_user WHERE email = 'staff.piura@cumbre.demo')`,
    );
    await ds.query(`DELETE FROM app_user WHERE email = 'staff.piura@cumbre.demo'`);
    const before = await counts(ds);
    const other = new DataSource({ ...baseDataSourceOptions(db.url), entities: [] });
    await other.initialize();
    try {
      await Promise.all([seedDemoData(ds), seedDemoData(other)]);
    } finally {
      await other.destroy();
    }
    expect(await counts(ds)).toEqual({
      ...before,
      app_user: before['app_user'] + 1,
      membership: before['membership'] + 1,
    });
  });
});

describe('demo data at application start-up', () => {
  let db: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    db = await freshDatabase();
  }, SLOW);
  afterAll(async () => {
    await db?.drop();
  });

  it(
    'is loaded when DEMO_DATA is on, so that the demo accounts can sign in',
    async () => {
      const app = await createTestApp({ DATABASE_URL: db.url, DEMO_DATA: 'true' });
      try {
        const ds = app.get(DataSource);
        expect((await counts(ds))['organization']).toBe(DEMO_AGENCIES.length);
        const headers = await bearerFor(app, 'presidencia.pcm@cumbre.demo');
        const me = await app.inject({ method: 'GET', url: '/api/agencies?q=PCM', headers });
        expect(me.json().items[0].leaders).toEqual([
          expect.objectContaining({ displayName: 'Ricardo Valdivia Torrealva' }),
        ]);
      } finally {
        await app.close();
      }
      // A restart adds nothing.
      const again = await createTestApp({ DATABASE_URL: db.url, DEMO_DATA: 'true' });
      try {
        expect((await counts(again.get(DataSource)))['app_user']).toBe(DEMO_USERS.length);
      } finally {
        await again.close();
      }
    },
    SLOW,
  );

  it(
    'is not loaded when DEMO_DATA is off',
    async () => {
      const other = await freshDatabase();
      try {
        const app = await createTestApp({ DATABASE_URL: other.url });
        try {
          expect(await counts(app.get(DataSource))).toEqual({
            organization: 0,
            sharing_group: 0,
            sharing_group_member: 0,
            app_user: 0,
            membership: 0,
          });
        } finally {
          await app.close();
        }
      } finally {
        await other.drop();
      }
    },
    SLOW,
  );
});
