#!/usr/bin/env node
// npm run fuzz [-- --runs N] [-- --seed S]: the long run of the API's fuzz test
// (apps/api/test/fuzz.int-spec.ts), FUZZ_RUNS requests (default 300) per operation and persona
// instead of the 10 that npm test sends. The seed is printed; FUZZ_SEED=<seed> or --seed replays it.
// The database comes as for npm test: DATABASE_URL's server, or a throwaway embedded PostgreSQL.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say } from './lib/console.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
const runs = option('--runs') ?? process.env.FUZZ_RUNS ?? '300';
const seed = option('--seed') ?? process.env.FUZZ_SEED;
say(`fuzz: ${runs} requests per operation and persona${seed ? `, seed ${seed}` : ''}`);
const child = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/jest/bin/jest.js'),
    '-c',
    'apps/api/jest.integration.config.cts',
    '--runTestsByPath',
    'apps/api/test/fuzz.int-spec.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) } },
);
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
