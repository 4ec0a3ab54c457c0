import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === true || value === 'true' || value === '1' || value === 'yes') return true;
  if (value === false || value === 'false' || value === '0' || value === 'no') return false;
  return value; // left as is so that IsBoolean reports it
};
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The environment as read at boot. Each property is one documented variable of `.env.example`. */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  @IsOptional()
  NODE_ENV?: 'development' | 'production' | 'test';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  @IsOptional()
  PORT?: number;

  @IsString()
  @IsOptional()
  HOST?: string;

  @Matches(/^postgres(ql)?:\/\/.+/, {
    message:
      'DATABASE_URL must be a postgres:// or postgresql:// URL (npm start sets it to its embedded PostgreSQL when unset)',
  })
  DATABASE_URL!: string;

  @Transform(toBool)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  @IsOptional()
  DEMO_DATA?: boolean;

  @IsString({ message: 'JWT_SECRET must be set (npm start generates one per data folder when unset)' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET!: string;

  @IsString()
  @IsOptional()
  JWT_ISSUER?: string;

  @IsString()
  @IsOptional()
  JWT_AUDIENCE?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  @IsOptional()
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(60 * 86400)
  @IsOptional()
  REFRESH_TOKEN_TTL_SECONDS?: number;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  @Max(365 * 86400)
  @IsOptional()
  SESSION_MAX_AGE_SECONDS?: number;

  @Transform(emptyToUndefined)
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'PUBLIC_URL must be an http(s) URL' },
  )
  @IsOptional()
  PUBLIC_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  @IsOptional()
  LOG_LEVEL?: string;

  @Transform(emptyToUndefined)
  @IsString()
  @IsOptional()
  WEB_DIST_DIR?: string;

  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  @IsOptional()
  SMTP_URL?: string;

  @Transform(emptyToUndefined)
  @IsString()
  @IsOptional()
  MAIL_FROM?: string;

  @Transform(toBool)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  @IsOptional()
  TRUST_PROXY?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @IsOptional()
  LOGIN_MAX_ATTEMPTS_PER_IP?: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @IsOptional()
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT?: number;

  @Transform(emptyToUndefined)
  @IsISO8601({ strict: true }, { message: 'CLOCK_START must be an ISO 8601 instant such as 2026-11-27T12:00:00-05:00' })
  @IsOptional()
  CLOCK_START?: string;

  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.pe',
  })
  @IsOptional()
  CORS_ORIGINS?: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  @IsOptional()
  DB_CONNECT_TIMEOUT_MS?: number;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  @IsOptional()
  DB_STATEMENT_TIMEOUT_MS?: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  @IsOptional()
  DB_POOL_MAX?: number;

  @Transform(toBool)
  @IsBoolean({ message: 'TWO_FACTOR_REQUIRED must be true or false' })
  @IsOptional()
  TWO_FACTOR_REQUIRED?: boolean;

  @Transform(emptyToUndefined)
  @IsString()
  @IsOptional()
  NOTES_STORAGE_DIR?: string;

  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/.+/, {
    message: 'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
  })
  @IsOptional()
  REDIS_URL?: string;

  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, {
    message: 'REDIS_KEY_PREFIX must be 1 to 64 letters, digits or : _ . - (e.g. cumbre:)',
  })
  @IsOptional()
  REDIS_KEY_PREFIX?: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  /** Cookies get `Secure` whenever the public URL is https. */
  secureCookies: boolean;
  logLevel: string;
  databaseUrl: string;
  demoData: boolean;
  jwt: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    /** However often it is refreshed, a session ends this long after the sign-in. */
    sessionMaxAgeSeconds: number;
  };
  login: { maxAttemptsPerIp: number; maxAttemptsPerAccount: number; windowSeconds: number };
  webDistDir: string;
  smtpUrl?: string;
  mailFrom: string;
  /**
   * Whether X-Forwarded-For names the client. Only behind a reverse proxy that sets it: otherwise
   * any caller could pick the IP the sign-in throttle and the audit log see.
   */
  trustProxy: boolean;
  /**
   * Where the domain clock starts (it runs on from there); unset means the real time. For browser
   * journeys and date-independent test runs, never for a real deployment.
   */
  clockStart?: Date;
  /** Browser origins other than our own allowed to call the API (CORS); none by default. */
  corsOrigins: string[];
  database: DatabaseLimits;
  /** Two-factor sign-in is required for memberships cleared AMBER or higher (on unless turned off). */
  twoFactorRequired: boolean;
  /** The folder note attachments are kept in (local storage); git-ignored under .data by default. */
  notesStorageDir: string;
  /**
   * Set by REDIS_URL: the shared rate-limit counters live in Redis (common/rate-limit/);
   * unset, in PostgreSQL. Every key starts with `keyPrefix`, so several deployments (or test
   * runs) can share one Redis.
   */
  redis?: { url: string; keyPrefix: string };
}

/** So that no request waits for the database without end. */
export interface DatabaseLimits {
  /** Longest wait for a connection, new or from the pool, before the request gets a 503. */
  connectTimeoutMs: number;
  /** Longest a single SQL statement may run (PostgreSQL's statement_timeout). */
  statementTimeoutMs: number;
  poolMax: number;
}

export class ConfigError extends Error {}

/**
 * Reads and validates the environment once. A missing or malformed variable throws a
 * ConfigError whose message names every offending variable, so start-up stops with it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = plainToInstance(EnvironmentVariables, { ...env }, { enableImplicitConversion: false });
  const errors = validateSync(parsed, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((msg) => `${e.property}: ${msg}`));
  const nodeEnv = parsed.NODE_ENV ?? 'development';
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const port = parsed.PORT ?? 3000;
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    env: nodeEnv,
    port,
    host: parsed.HOST ?? '0.0.0.0',
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    logLevel: parsed.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    databaseUrl: parsed.DATABASE_URL,
    // Demo passwords never reach a database unless someone asks for them (npm start does, for
    // its embedded database only).
    demoData: parsed.DEMO_DATA ?? false,
    jwt: {
      secret: parsed.JWT_SECRET,
      issuer: parsed.JWT_ISSUER ?? 'cumbre',
      audience: parsed.JWT_AUDIENCE ?? 'cumbre-api',
      accessTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS ?? 900,
      refreshTtlSeconds: parsed.REFRESH_TOKEN_TTL_SECONDS ?? 14 * 86400,
      sessionMaxAgeSeconds: parsed.SESSION_MAX_AGE_SECONDS ?? 30 * 86400,
    },
    login: {
      maxAttemptsPerIp: parsed.LOGIN_MAX_ATTEMPTS_PER_IP ?? 30,
      maxAttemptsPerAccount: parsed.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT ?? 5,
      windowSeconds: 15 * 60,
    },
    webDistDir: parsed.WEB_DIST_DIR ?? 'dist/apps/web',
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM ?? 'Cumbre <no-reply@cumbre.local>',
    trustProxy: parsed.TRUST_PROXY ?? false,
    clockStart: parsed.CLOCK_START ? new Date(parsed.CLOCK_START) : undefined,
    corsOrigins: (parsed.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    database: {
      connectTimeoutMs: parsed.DB_CONNECT_TIMEOUT_MS ?? 5000,
      statementTimeoutMs: parsed.DB_STATEMENT_TIMEOUT_MS ?? 30_000,
      poolMax: parsed.DB_POOL_MAX ?? 10,
    },
    twoFactorRequired: parsed.TWO_FACTOR_REQUIRED ?? true,
    notesStorageDir: parsed.NOTES_STORAGE_DIR ?? '.data/note-attachments',
    redis: parsed.REDIS_URL ? { url: parsed.REDIS_URL, keyPrefix: parsed.REDIS_KEY_PREFIX ?? 'cumbre:' } : undefined,
  };
}

/** Injection token for the typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
