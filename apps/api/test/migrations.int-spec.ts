import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { migrations } from '../src/database/migrations';
import { baseDataSourceOptions } from '../src/database/typeorm-options';
import { freshDatabase, FreshDatabase } from './fresh-database';

/** Everything a migration can create in the public schema, as comparable text. */
const SCHEMA_SNAPSHOT = `
  SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type || ' '
         || c.is_nullable || ' ' || coalesce(c.column_default, '') AS item
    FROM information_schema.columns c
   WHERE c.table_schema = 'public' AND c.table_name <> 'typeorm_migrations'
  UNION ALL
  SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes
   WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'
  UNION ALL
  SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
   WHERE connamespace = 'public'::regnamespace AND conrelid <> coalesce(to_regclass('public.typeorm_migrations'), 0)
  UNION ALL
  SELECT 'type ' || typname FROM pg_type
   WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'c') AND typrelid = 0
  UNION ALL
  SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT 'sequence ' || sequence_name FROM information_schema.sequences
   WHERE sequence_schema = 'public' AND sequence_name <> 'typeorm_migrations_id_seq'
  UNION ALL
  SELECT 'view ' || table_name FROM information_schema.views WHERE table_schema = 'public'
  ORDER BY 1`;

/**
 * Every migration, on a database of this spec's own: all up, all down one by one (leaving
 * nothing behind), all up again (to the very same schema). Down migrations are what an
 * operator runs on a bad deploy; this is the only place they are exercised.
 */
describe('migrations', () => {
  let db: FreshDatabase;
  let ds: DataSource;

  const snapshot = async () => (await ds.query(SCHEMA_SNAPSHOT)).map((r: { item: string }) => r.item) as string[];
  const appliedCount = async () => Number((await ds.query('SELECT count(*) AS n FROM typeorm_migrations'))[0].n);

  beforeAll(async () => {
    db = await freshDatabase('cumbre_migrations');
    ds = new DataSource({ ...baseDataSourceOptions(db.url), entities: [] });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('applies, reverts one by one and re-applies every migration', async () => {
    expect(await snapshot()).toEqual([]);

    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    const afterUp = await snapshot();
    for (const table of ['organization', 'app_user', 'membership', 'audit_event']) {
      expect(afterUp).toContainEqual(expect.stringMatching(new RegExp(`^column ${table}\\.id `)));
    }

    for (let left = migrations.length; left > 0; left--) {
      expect(await appliedCount()).toBe(left);
      await ds.undoLastMigration({ transaction: 'each' });
    }
    expect(await appliedCount()).toBe(0);
    expect(await snapshot()).toEqual([]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await appliedCount()).toBe(migrations.length);
    expect(await snapshot()).toEqual(afterUp);
    expect(await ds.showMigrations()).toBe(false);
  });

  it('lists in index.ts every migration file the CLI finds, in timestamp order', () => {
    // The app applies the list; `npm run migration:*` globs the folder: they must agree.
    const files = readdirSync(resolve(__dirname, '../src/database/migrations'))
      .filter((f) => /^\d+-\w+\.ts$/.test(f))
      .sort();
    const fromFiles = files.map((f) => {
      const [, timestamp, label] = /^(\d+)-(\w+)\.ts$/.exec(f) as RegExpExecArray;
      return `${label}${timestamp}`;
    });
    expect(migrations.map((m) => m.name)).toEqual(fromFiles);
  });
});
