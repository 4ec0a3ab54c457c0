import type { DataSource, EntityManager } from 'typeorm';
import { DemoIds, type DemoSeedContext, type DemoSeedReport, type DemoSeedStep } from './demo-seed-step';
import { seedDemoIdentity } from './seed-demo-identity';
import { seedDemoMeetings } from './meetings-demo';
import { seedDemoAgenda } from './agenda-demo';
import { seedDemoPublicSite } from './public-demo';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-identity.data';
export type { DemoSeedContext, DemoSeedReport, DemoSeedStep } from './demo-seed-step';

/** Several API instances may start at once; the second waits and then finds everything there. */
const DEMO_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('cumbre.demo-data'))`;

/**
 * The steps after the identity step, in order. Each lives in its own file and is written like
 * `seedDemoIdentity`: `(manager, context) => counts of rows added`, idempotent by natural keys.
 * A step uses `context.agencyId('PCM')` / `context.userId('presidencia.piura@cumbre.demo')`
 * for the ids the identity step wrote or found.
 */
export const DEMO_SEED_STEPS: DemoSeedStep[] = [
  { name: 'meetings', run: seedDemoMeetings },
  { name: 'agenda', run: seedDemoAgenda },
  { name: 'public site', run: seedDemoPublicSite },
];

/**
 * Loads the demo data set into the database, in one transaction: a failure leaves nothing
 * behind, and a second run adds nothing (rows are found by natural keys: ISO code, short name,
 * group name, e-mail). Runs on any DataSource with the migrations applied; it uses plain SQL so
 * that it needs no entity metadata (the test setup seeds through a bare DataSource).
 */
export async function seedDemoData(
  dataSource: DataSource,
  log: (m: string) => void = () => undefined,
  now: Date = new Date(),
): Promise<void> {
  const reports = await dataSource.transaction(async (manager: EntityManager) => {
    await manager.query(DEMO_LOCK_SQL);
    const ids = new DemoIds();
    const context: DemoSeedContext = {
      agencyId: (shortName) => ids.agencyId(shortName),
      userId: (email) => ids.userId(email),
      log,
      now,
    };
    const all: [string, DemoSeedReport][] = [['identity', await seedDemoIdentity(manager, ids)]];
    for (const step of DEMO_SEED_STEPS) all.push([step.name, await step.run(manager, context)]);
    const added = all.filter(([, report]) => Object.values(report).some((n) => n > 0));
    if (added.length > 0) {
      // Makes it visible later that this database holds demo accounts with a known password.
      await manager.query(
        `INSERT INTO audit_event (action, object_type, details) VALUES ('demo.seeded', 'database', $1)`,
        [JSON.stringify(Object.fromEntries(added))],
      );
    }
    return all;
  });
  for (const [name, report] of reports) log(`demo data (${name}): ${describe(report)}`);
}

function describe(report: DemoSeedReport): string {
  const parts = Object.entries(report)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.length > 0 ? `added ${parts.join(', ')}` : 'already present, nothing added';
}
