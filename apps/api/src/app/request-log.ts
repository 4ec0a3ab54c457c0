import type { FastifyInstance, FastifyRequest } from 'fastify';
import pino from 'pino';

/**
 * What a log line says of its request: the id (the `x-request-id` answered), the method, the path
 * and the caller's address. No headers: they were most of a request's logging cost in the
 * benchmark's profile, and carry what logs should not (cookies, tokens).
 */
export interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  remoteAddress: string;
}

export function requestForLog(request: Pick<FastifyRequest, 'id' | 'method' | 'url' | 'ip'>): LoggedRequest {
  return { id: request.id, method: request.method, url: request.url, remoteAddress: request.ip };
}

/** The application's one pino logger: JSON lines on standard output, from `LOG_LEVEL` up. */
export function createRootLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}

/** Requests not worth a line: the probes' health checks, many a minute. */
const UNLOGGED = '/api/health';

/**
 * One line per answered request, `request completed`, once the answer has gone (Fastify's
 * `onResponse`): `reqId`, the request (`requestForLog`), its status and the milliseconds it took.
 *
 * A Fastify hook, not Nest middleware: middleware runs through @fastify/middie, and the request
 * logger that stood there (pino-http, binding a logger to every request in an
 * AsyncLocalStorage) cost a comment post about 5 % of its throughput in the benchmark, and the
 * cached public reads far more (bench/README.md, 6 December; issue #12).
 * Below `info` (the benchmark runs at `warn`) the hook only asks the level. A line written while
 * a request is served names the request itself where it is about it: the error filter's, the
 * access guard's, the sign-in throttle's, the refresh-token reuse warning and a failed page
 * render carry `reqId`.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: pino.Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info') && !request.url.startsWith(UNLOGGED)) {
      logger.info(
        {
          reqId: request.id,
          req: requestForLog(request),
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });
}
