import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { SqlReader } from '../src/database/sql-reader';

/**
 * Statements the app issues in the background, never for a request: the realtime listener
 * fetching the events a NOTIFY announced. Public content changes are announced just after their
 * commit (PublicContent's outbox), so after a burst of writes the listener may still be fetching
 * while the next reads are counted.
 */
const BACKGROUND = [/^\s*SELECT id, topic, payload FROM realtime_event\s+WHERE id > \$1/];

/**
 * The SQL statements issued while `work` runs, and its result. Counted where every query of the
 * app passes: TypeORM's PostgresQueryRunner.query (repositories, query builders, raw queries)
 * and SqlReader.query (the public reads that go straight to the pool).
 */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ statements: string[]; result: T }> {
  const spies = [jest.spyOn(PostgresQueryRunner.prototype, 'query'), jest.spyOn(SqlReader.prototype, 'query')];
  try {
    const result = await work();
    const statements = spies
      .flatMap((spy) => spy.mock.calls.map((c) => String(c[0])))
      .filter((s) => !BACKGROUND.some((b) => b.test(s)));
    return { statements, result };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/**
 * The fewest statements of `tries` runs of the same read. The app's timers (outbox worker,
 * reminders, scheduled publishing, the realtime listener catching up on other specs' events)
 * also query now and then; they can only add to a run's count, so the least of a few runs is
 * the read's own. A run with no statement at all was answered from a cache (public reads) and
 * says nothing about the query: it counts only if every run was one.
 */
export async function fewestStatementsOf<T>(
  work: () => Promise<T>,
  tries = 3,
): Promise<{ statements: string[]; result: T }> {
  let best = await statementsOf(work);
  for (let i = 1; i < tries; i++) {
    const next = await statementsOf(work);
    const better =
      best.statements.length === 0 || (next.statements.length > 0 && next.statements.length < best.statements.length);
    if (better) best = next;
  }
  return best;
}
