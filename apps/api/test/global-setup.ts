import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { baseDataSourceOptions } from '../src/database/typeorm-options';
import { provisionTestDatabase } from './test-database';
import { seedTestData } from './seed';

export default async function globalSetup() {
  const log = (m: string) => process.stdout.write(`[api tests] ${m}\n`);
  // On another day (CLOCK_START), every worker's clock reads CLOCK_START at this moment and runs
  // on: one shared "now" for suites that start minutes apart (test-clock.ts).
  if (process.env['CLOCK_START']) process.env['TEST_CLOCK_ANCHOR'] ??= String(Date.now());
  const db = await provisionTestDatabase(log);
  (globalThis as Record<string, unknown>)['__CUMBRE_TEST_DB__'] = db;
  process.env['TEST_DATABASE_URL'] = db.url;
  const ds = new DataSource({ ...baseDataSourceOptions(db.url), entities: [] });
  await ds.initialize();
  const applied = await ds.runMigrations();
  log(`applied ${applied.length} migrations`);
  await seedTestData(ds);
  await ds.destroy();
}
