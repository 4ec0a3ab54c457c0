#!/usr/bin/env node
// npm run migration:generate -- <Name> | migration:run | migration:revert | migration:show
// Runs TypeORM's CLI on the API's data source (TypeScript, through ts-node).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [command, name] = process.argv.slice(2);
const known = ['migration:generate', 'migration:create', 'migration:run', 'migration:revert', 'migration:show'];
if (!known.includes(command)) {
  console.error(`usage: node scripts/typeorm.mjs <${known.join('|')}> [Name]`);
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL must be set (for example postgres://postgres@127.0.0.1:5432/cumbre_dev)');
  process.exit(2);
}
const args = [
  '-r',
  'ts-node/register/transpile-only',
  '-r',
  'tsconfig-paths/register',
  resolve(root, 'node_modules/typeorm/cli.js'),
  command,
];
if (command === 'migration:generate' || command === 'migration:create') {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error(`${command} needs a PascalCase name: npm run ${command} -- AddMeetings`);
    process.exit(2);
  }
  args.push(resolve(root, 'apps/api/src/database/migrations', name));
}
if (command !== 'migration:create') args.push('-d', resolve(root, 'apps/api/src/database/data-source.ts'));
console.log(`typeorm ${command}${name ? ' ' + name : ''}`);
const run = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    TS_NODE_PROJECT: resolve(root, 'apps/api/tsconfig.app.json'),
    // tsconfig.base.json's `paths` have no baseUrl; tsconfig-paths would resolve them from
    // apps/api instead of the root, and `@cumbre/*` imports would not be found.
    TS_NODE_BASEURL: root,
  },
});
process.exit(run.status ?? 1);
