import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { SqlReader, type SqlPiece } from '../database/sql-reader';
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
      });
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(inChange)
      : this.dataSource.transaction(isolation, inChange);
  }

  /**
   * A change that is one new row: its insert, its audit event and a guard (a rate limit's take,
   * RateLimiter.guard) as one statement, atomic with no transaction around it: one round trip
   * where `run` takes five (START, the take, the row, the audit, COMMIT), for the busiest public
   * write, a comment (issue #12). `insert` is an `INSERT … RETURNING id`; the guard, an expression
   * that fails the statement to refuse, so that nothing of it stays. Answers the new row's id.
   * It runs as a prepared statement on the pool (SqlReader), like the hot reads.
   */
  async insertOne(
    by: { actor: Pick<AuthUser, 'id' | 'email'> | null; origin: RequestOrigin | null },
    change: { insert: SqlPiece; guard: SqlPiece | null; audit: Omit<AuditRecord, 'objectId' | 'actor' | 'origin'> },
  ): Promise<string> {
    const audit = auditOfInsertedSql('new_row', { ...change.audit, actor: by.actor, origin: by.origin });
    const pieces = change.guard ? [change.insert, audit, change.guard] : [change.insert, audit];
    const [inserted] = await this.statements.query<{ id: string }>(
      oneStatementSql(pieces),
      pieces.flatMap((piece) => piece.params),
    );
    return inserted.id;
  }
}

/**
 * The statements of `insertOne`, by their pieces' texts (row → audit → guard, '' for none). The
 * texts are strings made once (literals, or kept like auditOfInsertedSql's), whose hashes V8
 * keeps: looking one up costs no pass over the SQL, where a key joined from the texts on every
 * call cost 1 % of the API's CPU under a stream of comments (issue #12).
 */
const oneStatements = new Map<string, Map<string, ByGuard>>();
/** The statements of one row and audit text, by guard text: the SQL and the parameter counts it was numbered for. */
type ByGuard = Map<string, { sql: string; counts: string }>;

/**
 * The statement of `Changes.insertOne` for its pieces (the row, the audit, the guard if any):
 * each piece's $1… follow the parameters of the pieces before it. Made once per shape and kept:
 * the same text each time is also what lets the pool's prepared statement be found at once.
 * Exported for the bench's bare baseline, which runs the same statement.
 */
export function oneStatementSql(pieces: SqlPiece[]): string {
  const [row, audit, guard] = pieces;
  const counts = pieces.map((piece) => piece.params.length).join(',');
  const byAudit = oneStatements.get(row.sql) ?? new Map<string, ByGuard>();
  const byGuard: ByGuard = byAudit.get(audit.sql) ?? new Map();
  const known = byGuard.get(guard?.sql ?? '');
  if (known && known.counts === counts) return known.sql;
  let placed = 0;
  const [rowSql, auditSql, guardSql] = pieces.map((piece) => {
    const text = piece.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + placed}`);
    placed += piece.params.length;
    return text;
  });
  const sql = `WITH new_row AS (${rowSql}), audit AS (${auditSql})${guardSql ? `, guard AS (SELECT ${guardSql} AS ok)` : ''}
       SELECT new_row.id FROM new_row${guardSql ? ', guard' : ''}`;
  // A handful of call sites: bounded all the same.
  if (oneStatements.size < 64 && byAudit.size < 64 && byGuard.size < 64) {
    byGuard.set(guard?.sql ?? '', { sql, counts });
    byAudit.set(audit.sql, byGuard);
    oneStatements.set(row.sql, byAudit);
  }
  return sql;
}
