/**
 * What a log line says of its request: the id (the `x-request-id` answered), the method, the path
 * and the caller's address. pino-http binds this to a logger made for every request, written out
 * whether or not a line is logged, so it is kept small: the headers (user agent, cookies, tokens)
 * were most of a request's logging cost in the benchmark's profile, and carry what logs should
 * not (issue #12).
 */
export interface LoggedRequest {
  id: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/** pino's request serializer (pino-http hands it pino-std-serializers' view of the request). */
export function requestForLog(req: {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}): LoggedRequest {
  return { id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress };
}
