import { DestroyRef, inject, signal } from '@angular/core';
import { AGENDA_LIVE_EVENT, type AgendaLiveEventDto } from '@cumbre/contracts';

/** What the editor learns from one live event (`AgendaLiveEventDto`, read defensively). */
export interface LiveChange {
  kind: string;
  itemId: string | null;
  /** Display name of who made the change; null when the stream does not say. */
  actor: string | null;
  agendaVersion: number | null;
}

/** Reads one SSE `data:` payload; null when it is not an agenda change. */
export function parseLiveChange(data: string): LiveChange | null {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const event = raw as Partial<Record<keyof AgendaLiveEventDto, unknown>>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    kind: str(event.kind) ?? 'change',
    itemId: str(event.itemId),
    actor: str(event.actor),
    agendaVersion: typeof event.agendaVersion === 'number' ? event.agendaVersion : null,
  };
}

const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

/**
 * The agenda's live stream (Server-Sent Events): calls `onChange` for every change someone makes,
 * reconnects after a failure with growing pauses (the browser resumes by itself after a dropped
 * connection; a refused one needs a new EventSource), and says whether it is connected. Where
 * EventSource does not exist (server rendering, tests) it stays off and the editor still works.
 */
export class AgendaLive {
  readonly connected = signal(false);
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private url: string | null = null;

  constructor(private readonly onChange: (change: LiveChange) => void) {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(url: string): void {
    this.stop();
    this.url = url;
    this.open();
  }

  stop(): void {
    this.url = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.source?.close();
    this.source = null;
    this.connected.set(false);
  }

  private open(): void {
    if (!this.url || typeof EventSource === 'undefined') return;
    const source = new EventSource(this.url, { withCredentials: true });
    this.source = source;
    const handle = (event: MessageEvent) => {
      const change = parseLiveChange(String(event.data));
      if (change) this.onChange(change);
    };
    source.onopen = () => {
      this.failures = 0;
      this.connected.set(true);
    };
    source.onmessage = handle;
    // Changes come as `event: agenda`; a `reset` (the server could not replay what was missed
    // while reconnecting) means: reload everything.
    source.addEventListener(AGENDA_LIVE_EVENT, handle as EventListener);
    source.addEventListener('reset', () =>
      this.onChange({
        kind: 'reset',
        itemId: null,
        actor: null,
        agendaVersion: null,
      }),
    );
    source.onerror = () => {
      this.connected.set(false);
      if (source.readyState !== EventSource.CLOSED) return; // the browser retries itself
      source.close();
      const pause = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)];
      this.failures++;
      this.timer = setTimeout(() => this.open(), pause);
    };
  }
}
