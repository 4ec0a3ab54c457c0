import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { loadConfig, AppConfig } from '../src/config/app-config';
import { createApp } from '../src/app/create-app';
import { testNow } from './test-clock';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the specs through jest (globalSetup)');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    // Specs pick their client IP with X-Forwarded-For (the sign-in throttle counts per IP).
    TRUST_PROXY: 'true',
    // `CLOCK_START=2027-03-15T10:00:00-05:00 npm test` runs the whole suite on another date; every
    // app's clock starts at the run's shared "now" (test-clock.ts).
    ...(process.env['CLOCK_START'] ? { CLOCK_START: testNow().toISOString() } : {}),
    // Fixtures give leaders and analysts AMBER clearances and sign them in with a password;
    // the two-factor specs turn the requirement on for themselves.
    TWO_FACTOR_REQUIRED: 'false',
    ...overrides,
  });
}

/** The real application on the test database, ready for `app.inject()`. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(overrides));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** A describe block's test app, made before its tests and closed after them (see `useTestApp`). */
export interface TestAppHandle {
  readonly app: NestFastifyApplication;
  /** The app's own connection, for reading rows behind the API. */
  readonly db: DataSource;
}

/**
 * Registers the `beforeAll`/`afterAll` pair that every integration spec needs and hands back
 * getters: the app exists only once `beforeAll` has run, so read `t.app` inside hooks and tests.
 */
export function useTestApp(overrides: Record<string, string> = {}): TestAppHandle {
  let app: NestFastifyApplication | undefined;
  beforeAll(async () => {
    app = await createTestApp(overrides);
  });
  afterAll(async () => {
    await app?.close();
  });
  const handle: TestAppHandle = {
    get app() {
      if (!app) throw new Error('useTestApp: the app is made in beforeAll; read it inside hooks and tests');
      return app;
    },
    get db() {
      return handle.app.get(DataSource);
    },
  };
  return handle;
}

/** POSTs `text` as it is, declared as JSON: how specs send malformed JSON (which answers 400). */
/**
 * A fresh test app and a world of fixtures for a describe block: `useTestApp`, plus `create` in
 * `beforeAll`. The handle's getters (`app`, `db` and the world's `keys`) answer once the hooks
 * have run; `name` says who complains when one is read too early.
 */
export function useTestWorld<W extends object>(
  name: string,
  create: (app: NestFastifyApplication) => Promise<W>,
  keys: readonly Exclude<keyof W, 'app'>[],
  overrides: Record<string, string> = {},
): W & TestAppHandle {
  const t = useTestApp(overrides);
  let world: W | undefined;
  beforeAll(async () => {
    world = await create(t.app);
  });
  const handle = {} as W & TestAppHandle;
  Object.defineProperty(handle, 'app', { get: () => t.app, enumerable: true });
  Object.defineProperty(handle, 'db', { get: () => t.db, enumerable: true });
  for (const key of keys) {
    Object.defineProperty(handle, key, {
      enumerable: true,
      get: () => {
        if (!world) throw new Error(`${name}: the world is made in beforeAll; read it inside hooks and tests`);
        return world[key];
      },
    });
  }
  return handle;
}

export function postRawJson(app: NestFastifyApplication, url: string, headers: Record<string, string>, text: string) {
  return app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: text,
  });
}
