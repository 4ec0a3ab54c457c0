import { ConfigError, loadConfig } from './app-config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const VALID = { DATABASE_URL: 'postgres://u@localhost:5432/cumbre', JWT_SECRET: SECRET };

/** The ConfigError message of loading `env`; fails the test when loading succeeds. */
function problemWith(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('accepts the two required variables and fills in every default', () => {
    const config = loadConfig(VALID);
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      databaseUrl: VALID.DATABASE_URL,
      demoData: false,
      webDistDir: 'dist/apps/web',
      jwt: { secret: SECRET, issuer: 'cumbre', audience: 'cumbre-api' },
    });
  });

  it('reads typed values from their strings', () => {
    const config = loadConfig({
      ...VALID,
      PORT: '8080',
      DEMO_DATA: 'true',
      PUBLIC_URL: 'https://cumbre.example.gob.pe/',
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(8080);
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('https://cumbre.example.gob.pe');
    expect(config.secureCookies).toBe(true);
    expect(config.env).toBe('production');
  });

  it('names a missing DATABASE_URL', () => {
    expect(problemWith({ JWT_SECRET: SECRET })).toMatch(/DATABASE_URL/);
  });

  it('names a DATABASE_URL that is not a postgres URL', () => {
    expect(problemWith({ ...VALID, DATABASE_URL: 'mysql://localhost/x' })).toMatch(/DATABASE_URL/);
  });

  it('names a missing JWT_SECRET', () => {
    expect(problemWith({ DATABASE_URL: VALID.DATABASE_URL })).toMatch(/JWT_SECRET/);
  });

  it('names a JWT_SECRET that is too short', () => {
    expect(problemWith({ ...VALID, JWT_SECRET: 'short' })).toMatch(/JWT_SECRET.*32/);
  });

  it.each(['abc', '3000x', '70000', '-1', '80.5'])('names a malformed PORT (%s)', (port) => {
    expect(problemWith({ ...VALID, PORT: port })).toMatch(/PORT/);
  });

  it('trusts X-Forwarded-For only when TRUST_PROXY says so', () => {
    expect(loadConfig({ ...VALID }).trustProxy).toBe(false);
    expect(loadConfig({ ...VALID, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(problemWith({ ...VALID, TRUST_PROXY: 'perhaps' })).toMatch(/TRUST_PROXY must be true or false/);
  });

  it.each(['maybe', 'sí', '2'])('names a malformed DEMO_DATA (%s)', (value) => {
    expect(problemWith({ ...VALID, DEMO_DATA: value })).toMatch(/DEMO_DATA must be true or false/);
  });

  it.each(['localhost:3000', 'ftp://example.org', 'not a url'])('names a malformed PUBLIC_URL (%s)', (url) => {
    expect(problemWith({ ...VALID, PUBLIC_URL: url })).toMatch(/PUBLIC_URL must be an http\(s\) URL/);
  });

  it('keeps the rate limits in PostgreSQL unless REDIS_URL is set, and names a malformed one', () => {
    expect(loadConfig({ ...VALID }).redis).toBeUndefined();
    expect(loadConfig({ ...VALID, REDIS_URL: '' }).redis).toBeUndefined();
    expect(loadConfig({ ...VALID, REDIS_URL: 'redis://cache:6379' }).redis).toEqual({
      url: 'redis://cache:6379',
      keyPrefix: 'cumbre:',
    });
    expect(
      loadConfig({ ...VALID, REDIS_URL: 'rediss://:pw@cache:6380/2', REDIS_KEY_PREFIX: 'cumbre-prod:' }).redis,
    ).toEqual({
      url: 'rediss://:pw@cache:6380/2',
      keyPrefix: 'cumbre-prod:',
    });
    expect(problemWith({ ...VALID, REDIS_URL: 'http://cache:6379' })).toMatch(/REDIS_URL must be a redis:\/\//);
    expect(problemWith({ ...VALID, REDIS_URL: 'redis://cache', REDIS_KEY_PREFIX: 'has space' })).toMatch(
      /REDIS_KEY_PREFIX/,
    );
  });

  it('lists every offending variable at once', () => {
    const message = problemWith({ PORT: 'abc', DEMO_DATA: 'maybe' });
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'PORT', 'DEMO_DATA']) expect(message).toContain(name);
  });

  it('treats an empty optional variable as unset', () => {
    expect(loadConfig({ ...VALID, PUBLIC_URL: '', DEMO_DATA: '', PORT: '' }).port).toBe(3000);
  });
});
