// The first two steps of `npm start` and of the e2e server: dependencies, then a build that is
// no older than the sources.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from './run.mjs';
import { step } from './console.mjs';

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies(root) {
  const installed = resolve(root, 'node_modules/.package-lock.json');
  const lock = resolve(root, 'package-lock.json');
  const why = !existsSync(installed)
    ? 'node_modules is missing'
    : mtime(lock) > mtime(installed)
      ? 'package-lock.json changed since the last install'
      : undefined;
  if (!why) {
    await step('dependencies', async () => 'node_modules is up to date');
    return;
  }
  await step(`dependencies (${why}): npm ci`, async () => {
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
    return 'installed';
  });
}

const SKIPPED_DIRS = new Set(['node_modules', 'test', '.angular']);
const SKIPPED_FILES = /\.(spec|int-spec)\.ts$/;

/** The newest modification time of the files a production build is made from. */
function newestSource(root) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(resolve(dir, entry.name));
      } else if (!SKIPPED_FILES.test(entry.name)) {
        newest = Math.max(newest, statSync(resolve(dir, entry.name)).mtimeMs);
      }
    }
  };
  for (const dir of ['apps/api', 'apps/web', 'libs']) {
    if (existsSync(resolve(root, dir))) walk(resolve(root, dir));
  }
  for (const file of ['package-lock.json', 'tsconfig.base.json', 'nx.json']) {
    newest = Math.max(newest, mtime(resolve(root, file)));
  }
  return newest;
}

/** Nx's command-line entry, found the way npm finds it (package.json "bin"). */
function nxCli(root) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'node_modules/nx/package.json'), 'utf8'));
  return resolve(root, 'node_modules/nx', pkg.bin.nx);
}

const OUTPUTS = ['dist/apps/api/main.js', 'dist/apps/web/browser/index.csr.html', 'dist/apps/web/server/server.mjs'];
const STAMP = 'dist/.cumbre-build-stamp';

/**
 * Builds api and web (production) unless every output exists and is newer than every source
 * file: either the files themselves (a fresh `npm run build`) or the stamp this script leaves
 * (Nx leaves files restored from its cache untouched when they already match). Nx's cache
 * makes an unneeded rebuild cheap anyway.
 */
export async function ensureBuild(root) {
  const missing = OUTPUTS.filter((p) => !existsSync(resolve(root, p)));
  const builtAt = Math.max(mtime(resolve(root, STAMP)), Math.min(...OUTPUTS.map((p) => mtime(resolve(root, p)))));
  const why =
    missing.length > 0
      ? `${missing.join(', ')} missing`
      : builtAt < newestSource(root)
        ? 'sources changed since the last build'
        : undefined;
  if (!why) {
    await step('build', async () => 'dist/ is up to date');
    return;
  }
  await step(`build (${why}): nx run-many -t build -p api web --configuration=production`, async () => {
    const startedAt = Date.now();
    await run(
      process.execPath,
      [
        nxCli(root),
        'run-many',
        '-t',
        'build',
        '-p',
        'api',
        'web',
        '--configuration=production',
        '--outputStyle=stream',
      ],
      // No Nx daemon left running after the launcher stops.
      { cwd: root, env: { NX_DAEMON: 'false', ...process.env } },
    );
    // Dated when the build began, so that a file saved during the build counts as newer.
    writeFileSync(resolve(root, STAMP), `${new Date(startedAt).toISOString()}\n`);
    utimesSync(resolve(root, STAMP), new Date(startedAt), new Date(startedAt));
    return 'built';
  });
}
