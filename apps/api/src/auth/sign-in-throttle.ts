import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

/**
 * Limits sign-in attempts per account and per IP by counting recent failures in the audit log,
 * so that every API instance sees the same count without a shared cache.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('SignInThrottle');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Throws TooManyAttemptsException when either limit is reached. `failureAction` is the audit
   * action whose rows count as failed attempts (its object_id is the account key).
   */
  async assertAllowed(accountKey: string, ip: string | null, failureAction = SIGN_IN_FAILED): Promise<void> {
    const { maxAttemptsPerAccount, maxAttemptsPerIp } = this.config.login;
    const byAccount = await this.retryAfter(failureAction, 'object_id', accountKey, maxAttemptsPerAccount);
    const byIp = ip ? await this.retryAfter(failureAction, 'ip', ip, maxAttemptsPerIp) : null;
    const wait = Math.max(byAccount ?? 0, byIp ?? 0);
    if (byAccount !== null || byIp !== null) {
      this.logger.warn({ ip, limitedBy: byAccount !== null ? 'account' : 'ip' }, 'sign-in throttled');
      throw new TooManyAttemptsException(Math.max(1, wait));
    }
  }

  /**
   * Seconds until fewer than `max` failures remain in the window, or null when there are fewer
   * already. The max-th most recent failure is the one that has to age out.
   */
  private async retryAfter(
    action: string,
    column: 'object_id' | 'ip',
    value: string,
    max: number,
  ): Promise<number | null> {
    const rows: { retry_after: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM occurred_at + make_interval(secs => $3) - clock_timestamp()))::int AS retry_after
         FROM audit_event
        WHERE action = $1 AND ${column} = $2 AND occurred_at > clock_timestamp() - make_interval(secs => $3)
        ORDER BY occurred_at DESC
        OFFSET $4 LIMIT 1`,
      [action, value, this.config.login.windowSeconds, max - 1],
    );
    return rows.length ? rows[0].retry_after : null;
  }
}
