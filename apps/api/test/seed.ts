import type { DataSource } from 'typeorm';
import { seedDemoData } from '../src/demo/demo-data';
import { testNow } from './test-clock';

/**
 * Reference data every integration spec may rely on: the demo data set (agencies, sharing
 * groups, users with DEMO_PASSWORD), loaded once before the specs run.
 */
export async function seedTestData(ds: DataSource): Promise<void> {
  await seedDemoData(ds, (m) => process.stdout.write(`[api tests] ${m}\n`), testNow());
}
