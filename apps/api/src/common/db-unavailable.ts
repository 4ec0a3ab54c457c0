import { ApiError } from './api-error';

/** Seconds a client is asked to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean "the database cannot serve now", not "your request is wrong":
 * connection exceptions (08…), insufficient resources (53…), operator intervention (57…:
 * admin or crash shutdown, cannot connect now, and 57014, a statement cancelled by
 * statement_timeout).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-4]|57014)$/;

/** Socket-level failures reaching the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** What node-postgres says when the pool or a connection gives up; it sets no code for these. */
const DRIVER_MESSAGES = [
  'timeout exceeded when trying to connect',
  'connection terminated',
  'connection timeout',
  'query read timeout',
  'cannot use a pool after calling end',
  'client has encountered a connection error',
  'client was closed and is not queryable',
  'connection is not established',
  'driver not connected',
];

/**
 * TypeORM's own errors for a connection it dropped under a transaction: when the socket dies,
 * the query runner is released, and the COMMIT (or the next statement) fails with one of these instead
 * of the driver's error. The outcome is unknown to the client: a retry (with its idempotency key)
 * answers it, so it is a 503 like any other loss of the connection.
 */
const TYPEORM_LOST_CONNECTION = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function looksUnavailable(error: Record<string, unknown>): boolean {
  const code = typeof error['code'] === 'string' ? error['code'] : '';
  if (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_CODES.has(code)) return true;
  if (typeof error['name'] === 'string' && TYPEORM_LOST_CONNECTION.has(error['name'])) return true;
  const message = typeof error['message'] === 'string' ? error['message'].toLowerCase() : '';
  return DRIVER_MESSAGES.some((m) => message.includes(m));
}

/**
 * Whether an error means the database is unreachable, shutting down or saturated. Looks through
 * TypeORM's wrapper (driverError), `cause` and AggregateError (a refused connection to a host
 * with several addresses), a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 16; seen++) {
    const item = queue.shift();
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    // An HttpException was chosen on purpose; only raw errors are classified here.
    if (typeof record['getStatus'] === 'function') return false;
    if (looksUnavailable(record)) return true;
    queue.push(record['driverError'], record['cause']);
    if (Array.isArray(record['errors'])) queue.push(...record['errors']);
  }
  return false;
}

/** The 503 answered while the database is away; the filter adds Retry-After. */
export function databaseUnavailable(): ApiError & { responseHeaders: Record<string, string> } {
  const exception = new ApiError(
    'common.unavailable',
    'The database is not available right now; try again in a few seconds',
  ) as ApiError & { responseHeaders: Record<string, string> };
  exception.responseHeaders = { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) };
  return exception;
}
