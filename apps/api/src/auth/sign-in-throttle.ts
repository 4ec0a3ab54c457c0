import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { ErrorCode } from '@cumbre/contracts';
import type { WithResponseHeaders } from '../common/api-exception.filter';

export const SIGN_IN_FAILED = 'auth.sign_in_failed';

/** 429 with the number of seconds after which trying again can succeed. */
export class TooManyAttemptsException extends HttpException implements WithResponseHeaders {
  readonly responseHeaders: Record<string, string>;
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        error: 'Too Many Requests',
        code: 'auth.too_many_attempts' satisfies ErrorCode,
        message: 'Too many sign-in attempts; try again later',
        params: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.responseHeaders = { 'Retry-After': String(retryAfterSeconds) };
  }
}

/** What is being guessed (a password at sign-in, the current password, a second-factor code) or asked for. */
export type AttemptKind = 'sign_in' | 'password_change' | 'second_factor' | 'password_reset';

export interface AttemptKeys {
  kind: AttemptKind;
  /** The account as the caller named it (lower-cased e-mail, or user id once known). */
  accountKey: string;
  ip: string | null;
  /** A device that signed in to this very account before (from its device cookie), if any. */
  deviceId?: string | null;
  /** The request's id, for the log line of a throttled attempt. */
  requestId?: string | null;
}

/** A recorded attempt, to be settled once the secret has been checked. */
export interface AttemptTicket {
  id: string;
}

/** An address that signed in to an account within this many days is the owner's. */
const KNOWN_ADDRESS_DAYS = 90;
/** First pause once an account-and-address pair reaches its limit; it doubles with each failure. */
const PAIR_BASE_DELAY_SECONDS = 30;

// Advisory lock classes: one per kind of key, always taken account first, then address, so that
// two attempts never wait on each other in opposite orders.
const ACCOUNT_LOCK = 7301;
const ADDRESS_LOCK = 7302;

/**
 * Limits guesses, in PostgreSQL so that every API instance sees the same counts.
 *
 * An attempt is recorded (as pending, which counts as a failure) before the slow secret check,
 * under transaction-scoped advisory locks on the account and the address: parallel guesses are
 * therefore counted one after the other, and no more than the limit are ever evaluated.
 *
 * Limits: failures on one account from anywhere lock it for unknown addresses and devices; an
 * address or device that signed in to the account before is only held back by its own failures
 * (with a pause that doubles each time), so that strangers cannot lock the owner out; and one
 * address is limited across all accounts.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('SignInThrottle');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records an attempt, or throws TooManyAttemptsException without recording one. */
  begin(keys: AttemptKeys): Promise<AttemptTicket> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        ACCOUNT_LOCK,
        `${keys.kind}:${keys.accountKey}`,
      ]);
      if (keys.ip) {
        await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          ADDRESS_LOCK,
          `${keys.kind}:${keys.ip}`,
        ]);
      }
      const wait = await this.waitSeconds(manager, keys);
      if (wait !== null) {
        this.logger.warn(
          { reqId: keys.requestId, ip: keys.ip, kind: keys.kind, limitedBy: wait.by },
          'attempt throttled',
        );
        throw new TooManyAttemptsException(Math.max(1, wait.seconds));
      }
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO sign_in_attempt (kind, account_key, ip, device_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [keys.kind, keys.accountKey, keys.ip, keys.deviceId ?? null],
      );
      return { id: String(row.id) };
    });
  }

  /** Settles an attempt: a success stops counting (and makes the address known to the account). */
  async settle(ticket: AttemptTicket, succeeded: boolean, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(`UPDATE sign_in_attempt SET outcome = $2 WHERE id = $1`, [
      ticket.id,
      succeeded ? 'succeeded' : 'failed',
    ]);
  }

  private async waitSeconds(
    manager: EntityManager,
    keys: AttemptKeys,
  ): Promise<{ seconds: number; by: 'address' | 'account' | 'account-and-address' } | null> {
    const { maxAttemptsPerAccount, maxAttemptsPerIp, windowSeconds } = this.config.login;
    if (keys.ip) {
      const byIp = await this.agingWait(manager, keys.kind, 'ip', keys.ip, maxAttemptsPerIp);
      if (byIp !== null) return { seconds: byIp, by: 'address' };
    }
    const known = await this.isKnown(manager, keys);
    if (!known) {
      const byAccount = await this.agingWait(manager, keys.kind, 'account_key', keys.accountKey, maxAttemptsPerAccount);
      if (byAccount !== null) return { seconds: byAccount, by: 'account' };
      return null;
    }
    // The owner's own address or device: only its own failures hold it back, for a pause that
    // doubles with each failure past the limit (never longer than the window).
    const [pair]: { n: number; retry_after: number | null }[] = await manager.query(
      `SELECT count(*)::int AS n,
              ceil(extract(epoch FROM max(occurred_at) - clock_timestamp()))::int AS retry_after
         FROM sign_in_attempt
        WHERE kind = $1 AND account_key = $2 AND outcome <> 'succeeded'
          AND occurred_at > clock_timestamp() - make_interval(secs => $3)
          AND ${known === 'device' ? 'device_id = $4' : 'ip = $4'}`,
      [keys.kind, keys.accountKey, windowSeconds, known === 'device' ? keys.deviceId : keys.ip],
    );
    if (pair.n < maxAttemptsPerAccount) return null;
    const pause = Math.min(windowSeconds, PAIR_BASE_DELAY_SECONDS * 2 ** (pair.n - maxAttemptsPerAccount));
    const seconds = (pair.retry_after ?? 0) + pause;
    return seconds > 0 ? { seconds, by: 'account-and-address' } : null;
  }

  /** 'device' or 'address' when the caller signed in to this account before from there. */
  private async isKnown(manager: EntityManager, keys: AttemptKeys): Promise<'device' | 'address' | null> {
    if (keys.kind !== 'sign_in') return null;
    if (keys.deviceId) return 'device';
    if (!keys.ip) return null;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM sign_in_attempt
        WHERE kind = $1 AND account_key = $2 AND ip = $3 AND outcome = 'succeeded'
          AND occurred_at > clock_timestamp() - make_interval(days => $4)
        LIMIT 1`,
      [keys.kind, keys.accountKey, keys.ip, KNOWN_ADDRESS_DAYS],
    );
    return rows.length > 0 ? 'address' : null;
  }

  /**
   * Seconds until fewer than `max` failures (pending attempts included) remain in the window, or
   * null when there are fewer already. The max-th most recent failure is the one that has to age out.
   */
  private async agingWait(
    manager: EntityManager,
    kind: AttemptKind,
    column: 'account_key' | 'ip',
    value: string,
    max: number,
  ): Promise<number | null> {
    const rows: { retry_after: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM occurred_at + make_interval(secs => $3) - clock_timestamp()))::int AS retry_after
         FROM sign_in_attempt
        WHERE kind = $1 AND ${column} = $2 AND outcome <> 'succeeded'
          AND occurred_at > clock_timestamp() - make_interval(secs => $3)
        ORDER BY occurred_at DESC
        OFFSET $4 LIMIT 1`,
      [kind, value, this.config.login.windowSeconds, max - 1],
    );
    return rows.length ? rows[0].retry_after : null;
  }
}
