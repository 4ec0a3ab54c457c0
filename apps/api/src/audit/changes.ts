import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { SqlReader, type SqlPiece, type SqlRunner } from '../database/sql-reader';
import { AuditService, auditOfInsertedSql, type AuditRecord } from './audit.service';

/**
 * One write: the transaction's manager and the audit writer travel together, so that the audit
 * line of a change commits or rolls back with it; there is no way to write it beside the
 * transaction by forgetting an argument.
 */
export interface ChangeContext {
  readonly manager: EntityManager;
  readonly actor: Pick<AuthUser, 'id' | 'email'> | null;
  readonly origin: RequestOrigin | null;
  /** Appends an audit event inside the change; actor and origin default to the change's. */
  audit(event: AuditRecord): Promise<void>;
  /** `Changes.insertOne`'s statement, inside this change's transaction (with its actor and origin). */
  insertOne(change: OneRowChange): Promise<OneRowResult>;
}

type By = { actor: Pick<AuthUser, 'id' | 'email'> | null; origin: RequestOrigin | null };

/**
 * A change that is one new row, written by one statement (`Changes.insertOne`):
 * - `facts` (optional): a SELECT of at most one row, with a boolean column `ok`, that the other
 *   pieces may read as `facts`: what decides whether and what to insert, read in the same
 *   statement (a comment's checks: comment.queries.ts);
 * - `insert`: an `INSERT … RETURNING id` (with facts: `… SELECT … FROM facts WHERE facts.ok`);
 * - `guard`: an expression that fails the statement to refuse (a rate limit's take,
 *   RateLimiter.guard), so that nothing of it stays; with facts, evaluated only when `ok`;
 * - `audit`: its event; with `detailsFrom: 'row'` its details are the `audit_details` column the
 *   insert returns.
 */
export interface OneRowChange {
  facts?: SqlPiece;
  insert: SqlPiece;
  guard: SqlPiece | null;
  audit: Omit<AuditRecord, 'objectId' | 'actor' | 'origin'> & { detailsFrom?: 'event' | 'row' };
}

/** The new row's id (null: the facts were not ok, or there were none), and the facts' row. */
export interface OneRowResult {
  id: string | null;
  facts: Record<string, unknown> | undefined;
}

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

@Injectable()
export class Changes {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly statements: SqlReader,
  ) {}

  /**
   * Runs `work` in one transaction, with a context for its writes and audit events. READ
   * COMMITTED is PostgreSQL's own default, so it is not named: TypeORM names a level in a
   * statement of its own after START TRANSACTION, a round trip more on every write (issue #12).
   */
  run<T>(
    by: { actor: Pick<AuthUser, 'id' | 'email'> | null; origin: RequestOrigin | null },
    work: (change: ChangeContext) => Promise<T>,
    isolation: IsolationLevel = 'READ COMMITTED',
  ): Promise<T> {
    const inChange = (manager: EntityManager) =>
      work({
        manager,
        actor: by.actor,
        origin: by.origin,
        audit: (event) =>
          this.audit.recordIn(manager, { ...event, actor: event.actor ?? by.actor, origin: event.origin ?? by.origin }),
        insertOne: (change) => oneRow(manager, by, change),
      });
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(inChange)
      : this.dataSource.transaction(isolation, inChange);
  }

  /**
   * A change that is one new row (OneRowChange): its checks, its insert, its audit event and a
   * guard as one statement, atomic with no transaction around it: one round trip where `run`
   * takes five or more (START, the read, the take, the row, the audit, COMMIT), for the busiest
   * public write, a comment (issue #12). It runs as a prepared statement on the pool (SqlReader),
   * like the hot reads. Inside a transaction, ChangeContext.insertOne runs the same statement.
   */
  insertOne(by: By, change: OneRowChange): Promise<OneRowResult> {
    return oneRow(this.statements, by, change);
  }
}

async function oneRow(db: SqlRunner, by: By, change: OneRowChange): Promise<OneRowResult> {
  const { detailsFrom, ...event } = change.audit;
  const audit = auditOfInsertedSql('new_row', { ...event, actor: by.actor, origin: by.origin }, detailsFrom);
  const pieces = [change.facts ?? null, change.insert, audit, change.guard];
  const [row] = await db.query(
    oneStatementSql(pieces),
    pieces.flatMap((piece) => piece?.params ?? []),
  );
  if (!change.facts) return { id: row['inserted_id'] as string, facts: undefined };
  return { id: (row?.['inserted_id'] as string | null) ?? null, facts: row };
}

/**
 * The statements of `insertOne`, by their pieces' texts (facts → row → audit → guard, '' for
 * none). The texts are strings made once (literals, or kept like auditOfInsertedSql's), whose
 * hashes V8 keeps: looking one up costs no pass over the SQL, where a key joined from the texts
 * on every call cost 1 % of the API's CPU under a stream of comments (issue #12).
 */
const oneStatements: Shapes = new Map();
/** A trie of statements by their pieces' texts: the SQL and the parameter counts it was numbered for. */
type Shapes = Map<string, Shapes | { sql: string; counts: string }>;

/**
 * The statement of `Changes.insertOne` for its pieces (the facts or null, the row, the audit, the
 * guard or null): each piece's $1… follow the parameters of the pieces before it. Made once per
 * shape and kept: the same text each time is also what lets the pool's prepared statement be
 * found at once. The new row's id comes back as `inserted_id`; with facts, beside the facts' row
 * (none when the facts have none). Exported for the bench's bare baseline, which runs the same
 * statement.
 */
export function oneStatementSql(pieces: readonly (SqlPiece | null)[]): string {
  const counts = pieces.map((piece) => piece?.params.length ?? '-').join(',');
  let level = oneStatements;
  for (const piece of pieces.slice(0, -1)) {
    let next = level.get(piece?.sql ?? '');
    if (!(next instanceof Map)) {
      // A handful of call sites: bounded all the same.
      if (level.size >= 64) return composeOneStatement(pieces);
      level.set(piece?.sql ?? '', (next = new Map()));
    }
    level = next;
  }
  const last = pieces[pieces.length - 1]?.sql ?? '';
  const known = level.get(last);
  if (known && !(known instanceof Map) && known.counts === counts) return known.sql;
  const sql = composeOneStatement(pieces);
  if (level.size < 64 || known) level.set(last, { sql, counts });
  return sql;
}

function composeOneStatement(pieces: readonly (SqlPiece | null)[]): string {
  let placed = 0;
  const [facts, row, audit, guard] = pieces.map((piece) => {
    if (!piece) return null;
    const text = piece.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + placed}`);
    placed += piece.params.length;
    return text;
  });
  if (!facts) {
    return `WITH new_row AS (${row}), audit AS (${audit})${guard ? `, guard AS (SELECT ${guard} AS ok)` : ''}
       SELECT new_row.id AS inserted_id FROM new_row${guard ? ', guard' : ''}`;
  }
  return `WITH facts AS (${facts}), new_row AS (${row}), audit AS (${audit})${
    guard ? `, guard AS (SELECT ${guard} AS ok FROM facts WHERE facts.ok)` : ''
  }
       SELECT facts.*, new_row.id AS inserted_id FROM facts LEFT JOIN new_row ON TRUE${guard ? ' LEFT JOIN guard ON TRUE' : ''}`;
}
