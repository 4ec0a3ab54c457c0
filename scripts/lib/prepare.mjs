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

/** The newest modification time of the files under `dirs` that a production build reads. */
function newestSource(root, dirs) {
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
  for (const dir of dirs) {
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

/** What each app's build writes, and the folders it is built from. */
const APPS = [
  { name: 'api', outputs: ['dist/apps/api/main.js'], sources: ['apps/api', 'libs'] },
  {
    name: 'web',
    outputs: ['dist/apps/web/browser/index.csr.html', 'dist/apps/web/server/server.mjs'],
    sources: ['apps/web', 'libs'],
  },
];
const STAMP = 'dist/.cumbre-build-stamp';

/** Why `app` needs building, or undefined when its outputs are newer than its sources. */
function staleness(root, app) {
  const missing = app.outputs.filter((p) => !existsSync(resolve(root, p)));
  if (missing.length > 0) return `${missing.join(', ')} missing`;
  // Either the files themselves are newer (a fresh build) or the stamp this script leaves is:
  // Nx does not rewrite outputs restored from its cache when they already match.
  const builtAt = Math.max(mtime(resolve(root, STAMP)), Math.min(...app.outputs.map((p) => mtime(resolve(root, p)))));
  return builtAt < newestSource(root, app.sources) ? `${app.name} sources changed since the last build` : undefined;
}

/**
 * Builds api and web (production) unless each app's outputs exist and are newer than its
 * sources. Nx's cache makes an unneeded rebuild cheap anyway.
 */
export async function ensureBuild(root) {
  const why =
    APPS.map((app) => staleness(root, app))
      .filter(Boolean)
      .join('; ') || undefined;
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
      // No Nx daemon left running after the launcher stops. NX_SKIP_NX_CACHE leaks in from a
      // parent `nx ... --skip-nx-cache` (the e2e run starts us): the build may use the cache.
      { cwd: root, env: { NX_DAEMON: 'false', ...process.env, NX_SKIP_NX_CACHE: undefined } },
    );
    // Dated when the build began, so that a file saved during the build counts as newer.
    writeFileSync(resolve(root, STAMP), `${new Date(startedAt).toISOString()}\n`);
    utimesSync(resolve(root, STAMP), new Date(startedAt), new Date(startedAt));
    return 'built';
  });
}
