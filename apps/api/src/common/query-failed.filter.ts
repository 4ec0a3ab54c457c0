import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

/**
 * Turns database constraint errors a client can provoke into 4xx answers, so that no input
 * produces a 500. Anything else stays a 500 with no detail (the log has it).
 */
@Catch(QueryFailedError)
export class QueryFailedFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(error: QueryFailedError & { code?: string; detail?: string; constraint?: string }, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const mapped: Record<string, [number, string]> = {
      '23505': [HttpStatus.CONFLICT, 'Conflict'],
      '23503': [HttpStatus.CONFLICT, 'Conflict'],
      '23514': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '23502': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '22P02': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '22001': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '22007': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '22008': [HttpStatus.BAD_REQUEST, 'Bad Request'],
      '40001': [HttpStatus.CONFLICT, 'Conflict'],
    };
    const hit = error.code ? mapped[error.code] : undefined;
    if (!hit) {
      this.logger.error({ err: error.message, code: error.code, reqId: request.id }, 'unexpected database error');
      void reply.status(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error', requestId: request.id });
      return;
    }
    const [status, label] = hit;
    const message =
      error.code === '23505'
        ? `already exists${error.constraint ? ` (${error.constraint})` : ''}`
        : error.code === '23503'
          ? `refers to something that does not exist or is still in use${error.constraint ? ` (${error.constraint})` : ''}`
          : error.code === '40001'
            ? 'the change collided with another one; try again'
            : 'invalid value';
    void reply.status(status).send({ statusCode: status, error: label, message, requestId: request.id });
  }
}
