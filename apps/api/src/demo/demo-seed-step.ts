import type { EntityManager } from 'typeorm';

/**
 * What a seed step gets besides the transaction's manager: the ids of the demo agencies and
 * users written (or found) by the identity step, by natural key.
 */
export interface DemoSeedContext {
  /** Agency id by short name ('PCM', 'GR Piura', ...); throws for a name not in the demo set. */
  agencyId(shortName: string): string;
  /** User id by e-mail ('presidencia.piura@cumbre.demo', ...); throws likewise. */
  userId(email: string): string;
  log(message: string): void;
  /** The API clock's "now": the demo's statuses follow it (a summit on 5 December is over on the 6th). */
  now: Date;
}

/** How many rows of each kind a step added; all zeros when everything was already there. */
export type DemoSeedReport = Record<string, number>;

/**
 * One part of the demo data, in its own file. It runs inside the one seeding transaction and
 * must be idempotent: look rows up by natural key, insert only what is missing.
 */
export interface DemoSeedStep {
  name: string;
  run(manager: EntityManager, context: DemoSeedContext): Promise<DemoSeedReport>;
}

/** Lookup tables the identity step fills for the steps after it. */
export class DemoIds implements Pick<DemoSeedContext, 'agencyId' | 'userId'> {
  readonly agencies = new Map<string, string>();
  readonly users = new Map<string, string>();

  agencyId(shortName: string): string {
    const id = this.agencies.get(shortName);
    if (!id) throw new Error(`demo data: no demo agency named ${shortName}`);
    return id;
  }

  userId(email: string): string {
    const id = this.users.get(email);
    if (!id) throw new Error(`demo data: no demo user ${email}`);
    return id;
  }
}
