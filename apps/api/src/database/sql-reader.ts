import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * What a module's read query needs: `query(sql, values)` answering the rows. A TypeORM
 * `EntityManager` is one (inside a transaction, say); `SqlReader` is another.
 */
export type SqlRunner = { query: (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]> };

/** A piece of SQL with its parameters, numbered from $1 (and no other `$` followed by a digit). */
export interface SqlPiece {
  sql: string;
  params: unknown[];
}

/**
 * How many different statement texts the reader prepares. PostgreSQL keeps a prepared statement
 * for the life of the connection that prepared it, so the number must be bounded even if some
 * caller built its SQL with values in the text; past it, statements run unprepared, as before.
 */
export const MAX_PREPARED_STATEMENTS = 256;

/**
 * Single read statements straight on TypeORM's own pg pool: the same connections, settings and
 * error type (`QueryFailedError`, so the exception filter reads it as always), without the
 * query runner that `manager.query` makes, connects, logs and releases around every statement.
 * For the hot reads outside a transaction (the public site, the caller's principal on every
 * signed-in request, the agenda, the meetings list: bench/README.md), and the writes that are one
 * statement (`Changes.insertOne`, a comment); transactions stay on the EntityManager.
 *
 * Each statement is a named prepared statement (the name derived from its text): a connection
 * parses it the first time only, and where PostgreSQL finds that a generic plan costs no more
 * than planning for the values bound, plans it once too — for these short reads parse and plan
 * were most of PostgreSQL's work (bench/README.md, 3 December 17:41). PostgreSQL replans on its
 * own when a table the statement reads changes.
 */
@Injectable()
export class SqlReader implements SqlRunner {
  private readonly pool: Pool;
  /** Statement text → its name, for at most MAX_PREPARED_STATEMENTS texts. */
  private readonly names = new Map<string, string>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  /** The rows of one statement; `Row` names their columns where the caller knows them. */
  async query<Row extends object = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]> {
    const name = this.nameOf(sql);
    try {
      const result = name
        ? await this.pool.query({ name, text: sql, values: values as unknown[] })
        : await this.pool.query(sql, values as unknown[]);
      return result.rows as Row[];
    } catch (error) {
      throw new QueryFailedError(sql, values, error as Error);
    }
  }

  /** How many statement texts are prepared (for tests). */
  get preparedCount(): number {
    return this.names.size;
  }

  private nameOf(sql: string): string | undefined {
    let name = this.names.get(sql);
    if (name === undefined && this.names.size < MAX_PREPARED_STATEMENTS) {
      name = `cumbre_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
      this.names.set(sql, name);
    }
    return name;
  }
}
