import { DataSourceOptions } from 'typeorm';
import type { DatabaseLimits } from '../config/app-config';
import { migrations } from './migrations';

/** What the CLI and test setup use when they pass none (the app passes its configured ones). */
const DEFAULT_LIMITS: DatabaseLimits = { connectTimeoutMs: 5000, statementTimeoutMs: 0, poolMax: 10 };

/** Options shared by the app, the CLI data source and the test setup. Never `synchronize`. */
export function baseDataSourceOptions(url: string, limits: DatabaseLimits = DEFAULT_LIMITS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    applicationName: 'cumbre-api',
    extra: {
      max: limits.poolMax,
      // Bounds the wait for a pooled or new connection: a request fails (503) instead of queueing forever.
      connectionTimeoutMillis: limits.connectTimeoutMs,
      // Set on every connection: PostgreSQL cancels a statement that runs longer (0 = no limit).
      ...(limits.statementTimeoutMs > 0
        ? {
            statement_timeout: limits.statementTimeoutMs,
            // A server that vanished without closing the socket answers nothing: give up a little
            // after the server itself would have.
            query_timeout: limits.statementTimeoutMs + limits.connectTimeoutMs,
            idle_in_transaction_session_timeout: limits.statementTimeoutMs * 2,
          }
        : {}),
      keepAlive: true,
    },
  };
}
