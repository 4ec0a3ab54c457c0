// Data source for the TypeORM CLI only (npm run migration:generate|run|revert).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { baseDataSourceOptions } from './typeorm-options';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('DATABASE_URL must be set for the migration commands (see .env.example)');
}

export default new DataSource({
  ...baseDataSourceOptions(url),
  entities: [__dirname + '/../**/*.entity.ts'],
  migrations: [__dirname + '/migrations/[0-9]*-*.ts'],
});
