import { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * A stand-in for Node's ServerResponse that keeps what Angular's SSR handler writes, so the
 * page can then be sent through Fastify's own reply. Writing to `reply.raw` directly would
 * skip Fastify's onSend hooks, and with them the cookies set by `reply.setCookie` (the
 * XSRF-TOKEN cookie among them). Pages are small and Angular renders them whole before
 * writing, so keeping the body in memory costs nothing that streaming would save.
 *
 * It implements only what `writeResponseToNodeResponse` of @angular/ssr/node uses: statusCode,
 * setHeader/getHeader, flushHeaders, write, end and the stream events.
 */
export class PageResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  writableEnded = false;
  private readonly headerMap = new Map<string, number | string | string[]>();
  private readonly chunks: Buffer[] = [];

  constructor(readonly req: IncomingMessage) {
    super();
  }

  setHeader(name: string, value: number | string | readonly string[]): this {
    this.headerMap.set(name.toLowerCase(), Array.isArray(value) ? [...value] : (value as number | string));
    return this;
  }

  getHeader(name: string): number | string | string[] | undefined {
    return this.headerMap.get(name.toLowerCase());
  }

  flushHeaders(): void {
    this.headersSent = true;
  }

  write(chunk: Uint8Array | string): boolean {
    this.headersSent = true;
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return true;
  }

  end(chunk?: Uint8Array | string): this {
    if (chunk !== undefined) this.write(chunk);
    this.headersSent = true;
    this.writableEnded = true;
    this.emit('finish');
    return this;
  }

  /** Headers to hand to Fastify; it computes the length of the body itself. */
  headers(): OutgoingHttpHeaders {
    const out: OutgoingHttpHeaders = {};
    for (const [name, value] of this.headerMap) {
      if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') out[name] = value;
    }
    return out;
  }

  body(): Buffer {
    return Buffer.concat(this.chunks);
  }

  asServerResponse(): ServerResponse {
    return this as unknown as ServerResponse;
  }
}
