import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// Journeys in real Chromium: Debian's build (CHROMIUM_PATH, default /usr/bin/chromium), never a
// browser downloaded by Playwright, so the same config runs on a developer machine and in CI.
const here = dirname(fileURLToPath(import.meta.url));
// E2E_PORT lets two checkouts on one machine run their journeys side by side.
const port = process.env['E2E_PORT'] ?? '3000';
const baseURL = process.env['E2E_BASE_URL'] ?? `http://localhost:${port}`;
// The journeys' "today" (src/e2e-clock.ts): 27 November 2026, noon in Lima, a week before the
// demo summit, unless E2E_NOW names another instant. Workers inherit it; the API gets it as
// CLOCK_START.
process.env['E2E_NOW'] ??= '2026-11-27T12:00:00-05:00';
const outputRoot = join(here, 'test-output');

export default defineConfig({
  testDir: './src',
  outputDir: join(outputRoot, 'results'),
  fullyParallel: false,
  // Sign-ins are throttled per IP by the API: a few workers keep well inside the limit.
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['html', { outputFolder: join(outputRoot, 'report'), open: 'never' }]],
  use: {
    baseURL,
    locale: 'es-PE',
    timezoneId: 'America/Lima',
    trace: 'retain-on-failure',
    // A stuck click fails in seconds (and is retried) instead of eating the whole test timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
  },
  // The journeys get an app of their own: scripts/e2e-server.mjs builds if needed and serves it
  // on a fresh throwaway database with demo data, and stops everything on SIGTERM. When
  // E2E_BASE_URL points at a running app, nothing is started here.
  webServer: process.env['E2E_BASE_URL']
    ? undefined
    : {
        command: process.env['E2E_SERVER_COMMAND'] ?? 'node scripts/e2e-server.mjs',
        url: `${baseURL}/api/health/ready`,
        reuseExistingServer: false,
        timeout: 240_000,
        cwd: workspaceRoot,
        // The API's domain clock starts where the browsers' does (see src/e2e-clock.ts); the
        // journeys sign in demo leaders (cleared AMBER) with a password only. The app trusts
        // X-Forwarded-For, as behind a proxy, so a journey can play readers from distinct IPs.
        env: { PORT: port, CLOCK_START: process.env['E2E_NOW'], TWO_FACTOR_REQUIRED: 'false', TRUST_PROXY: 'true' },
        stdout: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
