import { DataSource } from 'typeorm';
import { migrations } from './migrations';
import { createTestApp } from '../../test/test-app';
import { freshDatabase, FreshDatabase } from '../../test/fresh-database';

describe('migrations at start-up', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase('cumbre_boot');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('are applied once when two instances start on an empty database at the same time', async () => {
    const apps = await Promise.all([createTestApp({ DATABASE_URL: db.url }), createTestApp({ DATABASE_URL: db.url })]);
    try {
      const ds = apps[0].get(DataSource);
      const rows: { name: string }[] = await ds.query('SELECT name FROM typeorm_migrations ORDER BY id');
      expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
      for (const app of apps) {
        const res = await app.inject({ method: 'GET', url: '/api/health/ready' });
        expect(res.statusCode).toBe(200);
      }
    } finally {
      await Promise.all(apps.map((a) => a.close()));
    }
  }, 120_000);
});
