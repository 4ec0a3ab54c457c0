import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';

/** An HttpException that must also set response headers (e.g. Retry-After on a 429). */
export interface WithResponseHeaders {
  responseHeaders: Record<string, string>;
}

const hasResponseHeaders = (e: unknown): e is WithResponseHeaders =>
  typeof e === 'object' && e !== null && typeof (e as Partial<WithResponseHeaders>).responseHeaders === 'object';

type DbError = QueryFailedError & { code?: string; constraint?: string };

/** PostgreSQL errors a client can provoke, as the 4xx they deserve. */
const DB_ERRORS: Record<string, [number, string, (e: DbError) => string]> = {
  '23505': [HttpStatus.CONFLICT, 'Conflict', (e) => `already exists${e.constraint ? ` (${e.constraint})` : ''}`],
  '23503': [
    HttpStatus.CONFLICT,
    'Conflict',
    (e) => `refers to something that does not exist or is still in use${e.constraint ? ` (${e.constraint})` : ''}`,
  ],
  '23514': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '23502': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '22P02': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '22001': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '22007': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '22008': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  // A NUL character (text and jsonb cannot hold one); the global pipe names the field first.
  '22021': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '22P05': [HttpStatus.BAD_REQUEST, 'Bad Request', () => 'invalid value'],
  '40001': [HttpStatus.CONFLICT, 'Conflict', () => 'the change collided with another one; try again'],
};

/**
 * The one place an error becomes a response. Every error body has the same shape
 * ({statusCode, error, message, requestId, ...details}); database errors a client can provoke
 * become 4xx; anything unexpected is a 500 without detail (the log has it, under the request id).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const requestId = request.id;

    if (error instanceof HttpException) {
      const status = error.getStatus();
      const response = error.getResponse();
      const body = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      if (hasResponseHeaders(error)) void reply.headers(error.responseHeaders);
      this.send(reply, status, { error: STATUS_CODES[status] ?? 'Error', ...body, statusCode: status, requestId });
      return;
    }

    const dbError = error instanceof QueryFailedError ? (error as DbError) : undefined;
    const mapped = dbError?.code ? DB_ERRORS[dbError.code] : undefined;
    if (dbError && mapped) {
      const [status, label, message] = mapped;
      this.send(reply, status, { statusCode: status, error: label, message: message(dbError), requestId });
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
      message: 'Internal server error',
      requestId,
    });
  }

  /** Always JSON, even when the route had already chosen another type (text/calendar, say). */
  private send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
    void reply.status(status).type('application/json; charset=utf-8').send(body);
  }
}
