// Test support (not part of the application): a Server-Sent Events client over a real HTTP
// connection, for specs of streaming routes (app.listen on port 0; inject cannot stream).
import { request, type IncomingHttpHeaders } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body so far, when the answer was not a stream (an error body). */
  body(): string;
  /** Events received so far (comments are not events). */
  readonly events: SseEvent[];
  /** Comment lines received so far (`: heartbeat`). */
  readonly comments: string[];
  /** Resolves once `n` events have arrived (or rejects after `ms`). */
  waitForEvents(n: number, ms?: number): Promise<SseEvent[]>;
  waitForComment(text: string, ms?: number): Promise<void>;
  /** True once the server ended the response. */
  readonly ended: boolean;
  /** Resolves once the server has ended the response (or rejects after `ms`). */
  waitForEnd(ms?: number): Promise<void>;
  close(): void;
}

/** The base URL of an app listening on a free port of 127.0.0.1 (listens on first use). */
export async function listeningUrl(app: NestFastifyApplication): Promise<string> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens `url` as an event stream and resolves once the status line and headers are in. */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const comments: string[] = [];
    let raw = '';
    let pending = '';
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        pending += chunk;
        let end: number;
        while ((end = pending.indexOf('\n\n')) >= 0) {
          const block = pending.slice(0, end);
          pending = pending.slice(end + 2);
          const event: SseEvent = { id: null, event: 'message', data: '' };
          let hasData = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('id: ')) event.id = line.slice(4);
            else if (line.startsWith('event: ')) event.event = line.slice(7);
            else if (line.startsWith('data: ')) {
              event.data += (hasData ? '\n' : '') + line.slice(6);
              hasData = true;
            }
          }
          if (hasData) events.push(event);
        }
      });
      let ended = false;
      res.on('end', () => (ended = true));
      res.on('error', () => undefined);
      resolve({
        get ended() {
          return ended;
        },
        async waitForEnd(ms = 8000) {
          await until(() => ended, ms, 'the end of the stream');
        },
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: () => raw,
        events,
        comments,
        async waitForEvents(n, ms = 8000) {
          await until(() => events.length >= n, ms, `${n} events (have ${events.length})`);
          return events.slice(0, n);
        },
        async waitForComment(text, ms = 8000) {
          await until(() => comments.includes(text), ms, `comment ${text}`);
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
    });
    req.end();
  });
}
