import type { ProvisionedDatabase } from './test-database';

export default async function globalTeardown() {
  const db = (globalThis as Record<string, unknown>)['__CUMBRE_TEST_DB__'] as ProvisionedDatabase | undefined;
  await db?.dispose();
}
