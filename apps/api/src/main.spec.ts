import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { V8_FLAGS } from './app/v8-flags';

const root = resolve(__dirname, '../../..');

describe('main.ts start-up', () => {
  it('stops with exit code 78 and a message naming every bad variable', () => {
    // A clean environment: CI's own DATABASE_URL must not leak into this check.
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, 'main.ts')],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env['PATH'],
          TS_NODE_PROJECT: resolve(__dirname, '../tsconfig.app.json'),
          TS_NODE_BASEURL: root,
          PORT: 'abc',
          DEMO_DATA: 'maybe',
          PUBLIC_URL: 'localhost:3000',
        },
      },
    );
    expect(run.status).toBe(78);
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'PORT', 'DEMO_DATA', 'PUBLIC_URL']) {
      expect(run.stderr).toContain(name);
    }
    expect(run.stderr).toContain('See .env.example');
  });
});

describe('main.ts V8 settings', () => {
  it('applies V8_FLAGS before it loads anything else, so that no allocation happens under the defaults', () => {
    const source = readFileSync(resolve(__dirname, 'main.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(?:[^'"]*from\s+)?'([^']+)'/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./app/v8-flags');
    expect(V8_FLAGS).toContain('--no-allocation-site-pretenuring');
  });
});
