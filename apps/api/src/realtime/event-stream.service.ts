import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Observable, Subscription } from 'rxjs';
import { REALTIME_RESET, type RealtimeEvent } from './realtime.service';

/** A comment line every so often keeps proxies and browsers from closing an idle stream. */
export const HEARTBEAT_MS = 20_000;
/** How long a browser waits before reconnecting (it then sends Last-Event-ID). */
const RETRY_MS = 3000;

/** One message on the wire: `id:`, `event:` and one line of JSON `data:`. */
export interface StreamMessage {
  id: number;
  event: string;
  data: unknown;
}

/**
 * The Last-Event-ID a reconnecting EventSource sends (or `?lastEventId=` from a client that
 * remembers one across page loads); anything that is not an event id counts as none.
 */
export function parseLastEventId(...values: (string | string[] | undefined)[]): number | undefined {
  for (const value of values) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text !== undefined && /^\d{1,15}$/.test(text.trim())) return Number(text.trim());
  }
  return undefined;
}

/**
 * The usual mapping of a realtime event to a message: the event name is `reset` for a reset
 * (reload, then carry on) and `name` otherwise; the data is the payload as published.
 */
export function toStreamMessage(name: string): (event: RealtimeEvent) => StreamMessage {
  return (event) =>
    event.topic === REALTIME_RESET
      ? { id: event.id, event: REALTIME_RESET, data: {} }
      : { id: event.id, event: name, data: event.payload };
}

/**
 * Answers the request with `text/event-stream` from `messages`, taking the response over from
 * Fastify (after the route has checked access: errors before this are ordinary JSON errors).
 * Ends when the client goes away or the source completes (the app shutting down); a failing
 * source ends the stream, and the browser reconnects with its Last-Event-ID.
 */
@Injectable()
export class EventStreams {
  /** Tests shorten it to see heartbeats. */
  heartbeatMs = HEARTBEAT_MS;

  send(reply: FastifyReply, messages: Observable<StreamMessage>): void {
    reply.hijack();
    const res = reply.raw;
    // What hooks set before the route ran (security headers, the request id) still goes out.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) res.setHeader(name, typeof value === 'number' ? String(value) : value);
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n: connected\n\n`);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), this.heartbeatMs);
    heartbeat.unref();
    // Added to a closed Subscription (the source ended at once), the inner one is dropped at once.
    const subscription = new Subscription();
    const end = () => {
      clearInterval(heartbeat);
      subscription.unsubscribe();
      if (!res.writableEnded) res.end();
    };
    subscription.add(
      messages.subscribe({
        next: (m) => {
          if (!res.writableEnded) res.write(`id: ${m.id}\nevent: ${m.event}\ndata: ${JSON.stringify(m.data)}\n\n`);
        },
        error: () => end(),
        complete: () => end(),
      }),
    );
    res.on('close', end);
    if (res.destroyed) end();
  }
}
