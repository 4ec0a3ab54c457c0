import { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** Options shared by the app, the CLI data source and the test setup. Never `synchronize`. */
export function baseDataSourceOptions(url: string): DataSourceOptions {
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
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
