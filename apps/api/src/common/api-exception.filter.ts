import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from './db-unavailable';
import { ERROR_CODES, isErrorCode, type ErrorCode } from '@cumbre/contracts';

/** An HttpException that must also set response headers (e.g. Retry-After on a 429). */
export interface WithResponseHeaders {
  responseHeaders: Record<string, string>;
}

const hasResponseHeaders = (e: unknown): e is WithResponseHeaders =>
  typeof e === 'object' && e !== null && typeof (e as Partial<WithResponseHeaders>).responseHeaders === 'object';

type DbError = QueryFailedError & { code?: string; constraint?: string };

/** PostgreSQL errors a client can provoke, as the 4xx they deserve. */
const DB_ERRORS: Record<string, [ErrorCode, (e: DbError) => string]> = {
  '23505': ['common.already_exists', (e) => `already exists${e.constraint ? ` (${e.constraint})` : ''}`],
  '23503': [
    'common.broken_reference',
    (e) => `refers to something that does not exist or is still in use${e.constraint ? ` (${e.constraint})` : ''}`,
  ],
  '23514': ['common.invalid_value', () => 'invalid value'],
  '23502': ['common.invalid_value', () => 'invalid value'],
  '22P02': ['common.invalid_value', () => 'invalid value'],
  '22001': ['common.invalid_value', () => 'invalid value'],
  '22007': ['common.invalid_value', () => 'invalid value'],
  '22008': ['common.invalid_value', () => 'invalid value'],
  // A NUL character (text and jsonb cannot hold one); the global pipe names the field first.
  '22021': ['common.invalid_value', () => 'invalid value'],
  '22P05': ['common.invalid_value', () => 'invalid value'],
  '40001': ['common.write_collision', () => 'the change collided with another one; try again'],
};

/** Codes for errors raised without one (Nest's own 404 route, passport's 401, Fastify's body errors). */
const STATUS_CODES_FALLBACK: Record<number, ErrorCode> = {
  400: 'common.bad_request',
  401: 'auth.unauthenticated',
  403: 'common.forbidden',
  404: 'common.not_found',
  405: 'common.method_not_allowed',
  406: 'common.not_acceptable',
  409: 'common.conflict',
  413: 'common.payload_too_large',
  415: 'common.unsupported_media_type',
  429: 'common.too_many_requests',
  503: 'common.unavailable',
};

/** Fastify's own error codes that deserve a precise one. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'common.payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'common.unsupported_media_type',
  FST_ERR_BAD_URL: 'common.bad_request',
};

/** Messages of our own where Fastify's would echo the request back. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'the URL is not valid: a percent-encoded part of its path does not decode to UTF-8 text',
};

function fallbackCode(status: number): ErrorCode {
  return STATUS_CODES_FALLBACK[status] ?? (status >= 500 ? 'common.internal' : 'common.bad_request');
}

/** Errors Fastify raises before Nest sees the request (malformed JSON, too large a body). */
type FastifyError = Error & { statusCode: number; code?: string };
const isFastifyClientError = (e: unknown): e is FastifyError =>
  e instanceof Error &&
  typeof (e as Partial<FastifyError>).statusCode === 'number' &&
  (e as FastifyError).statusCode >= 400 &&
  (e as FastifyError).statusCode < 500;

/**
 * Fastify's `frameworkErrors`: what it refuses before routing (a path whose percent-encoding does
 * not decode) gets the same coded body as everything else, instead of Fastify's own, which
 * has an unregistered code and echoes the path. No hook has run yet, hence the headers here.
 */
export function answerFrameworkError(
  error: Error & { code?: string; statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply
    .status(status)
    .headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'x-request-id': request.id })
    .type('application/json; charset=utf-8')
    .send({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      code: (error.code && FASTIFY_CODES[error.code]) || fallbackCode(status),
      message: (error.code && FASTIFY_MESSAGES[error.code]) || error.message,
      requestId: request.id,
    });
}

/**
 * The one place an error becomes a response. Every error body has the same shape
 * ({statusCode, error, code, message, field?, params?, fields?, requestId, ...extra}, `code`
 * from the contracts' registry); database errors a client can provoke
 * become 4xx; anything unexpected is a 500 without detail (the log has it, under the request id).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(caught: unknown, host: ArgumentsHost) {
    // The database being away is not the request's fault nor a bug: a 503 the client may retry.
    const error = isDatabaseUnavailable(caught) ? databaseUnavailable() : caught;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const requestId = request.id;

    if (error instanceof HttpException) {
      const status = error.getStatus();
      const response = error.getResponse();
      const body = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      const code = isErrorCode(body['code']) ? body['code'] : fallbackCode(status);
      // Nest's own exceptions may carry a list of messages; the contract has one string.
      const message = Array.isArray(body['message'])
        ? body['message'].join('; ')
        : String(body['message'] ?? STATUS_CODES[status]);
      if (hasResponseHeaders(error)) void reply.headers(error.responseHeaders);
      this.send(reply, status, {
        error: STATUS_CODES[status] ?? 'Error',
        ...body,
        code,
        message,
        statusCode: status,
        requestId,
      });
      return;
    }

    if (isFastifyClientError(error)) {
      const status = error.statusCode;
      const code = (error.code && FASTIFY_CODES[error.code]) || fallbackCode(status);
      this.send(reply, status, {
        statusCode: status,
        error: STATUS_CODES[status] ?? 'Error',
        code,
        message: error.message,
        requestId,
      });
      return;
    }

    const dbError = error instanceof QueryFailedError ? (error as DbError) : undefined;
    const mapped = dbError?.code ? DB_ERRORS[dbError.code] : undefined;
    if (dbError && mapped) {
      const [code, message] = mapped;
      const status = ERROR_CODES[code].status;
      this.send(reply, status, {
        statusCode: status,
        error: STATUS_CODES[status] ?? 'Error',
        code,
        message: message(dbError),
        requestId,
      });
      return;
    }

    this.logger.error(
      {
        err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
        code: dbError?.code,
        reqId: requestId,
      },
      'unexpected error',
    );
    this.send(reply, 500, {
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'common.internal',
      message: 'Internal server error',
      requestId,
    });
  }

  /** Always JSON, even when the route had already chosen another type (text/calendar, say). */
  private send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
    void reply.status(status).type('application/json; charset=utf-8').send(body);
  }
}
