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

/**
 * Single read statements straight on TypeORM's own pg pool: the same connections, settings and
 * error type (`QueryFailedError`, so the exception filter reads it as always), without the
 * query runner that `manager.query` makes, connects, logs and releases around every statement.
 * For the hot reads outside a transaction (the public site, the caller's principal on every
 * signed-in request, the agenda, the meetings list: bench/README.md); writes and transactions stay
 * on the EntityManager.
 */
@Injectable()
export class SqlReader implements SqlRunner {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  /** The rows of one statement; `Row` names their columns where the caller knows them. */
  async query<Row extends object = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, values as unknown[])).rows as Row[];
    } catch (error) {
      throw new QueryFailedError(sql, values, error as Error);
    }
  }
}
