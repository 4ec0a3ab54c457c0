// Bundles bench/baseline/server.ts (and the pure Cumbre mappers and policy fragments it
// imports) into one CommonJS file with esbuild. Packages stay external (loaded from
// node_modules): a module Cumbre's mappers import for its types or decorators (typeorm,
// @nestjs/common) is loaded once at start-up and never runs per request.
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
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
