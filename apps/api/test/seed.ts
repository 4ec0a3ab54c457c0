import type { DataSource } from 'typeorm';

/** Reference data every integration spec may rely on: the demo data set, loaded once. */
export async function seedTestData(_ds: DataSource): Promise<void> {
  // Filled in by the identity work (demo agencies and users).
}
