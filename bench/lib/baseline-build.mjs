// Bundles bench/baseline/server.ts (and the pure Cumbre mappers and policy fragments it
// imports) into one CommonJS file with esbuild; fastify, pg and jsonwebtoken stay external.
import { resolve } from 'node:path';

export async function buildBaseline(root) {
  const { build } = await import('esbuild');
  const outfile = resolve(root, 'tmp/bench/baseline.cjs');
  await build({
    entryPoints: [resolve(root, 'bench/baseline/server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: resolve(root, 'tsconfig.base.json'),
    external: ['fastify', 'pg', 'jsonwebtoken', 'pg-native'],
    logLevel: 'warning',
  });
  return outfile;
}
