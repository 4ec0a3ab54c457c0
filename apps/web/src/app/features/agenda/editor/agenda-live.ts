import { DestroyRef, inject, signal } from '@angular/core';

/** What the editor learns from one live event (fields the stream may leave out are optional). */
export interface LiveChange {
  kind: string;
  itemId: string | null;
  actorId: string | null;
  actorName: string | null;
  agendaVersion: number | null;
}

/** Reads one SSE `data:` payload; null when it is not an agenda change. */
export function parseLiveChange(data: string): LiveChange | null {
  try {
    const raw = JSON.parse(data) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const actor = raw['actor'] as Record<string, unknown> | undefined;
    return {
      kind: str(raw['kind']) ?? 'change',
      itemId: str(raw['itemId']),
      actorId: str(raw['actorId']) ?? str(actor?.['id']),
      actorName: str(raw['actorName']) ?? str(actor?.['displayName']),
      agendaVersion:
        typeof raw['agendaVersion'] === 'number' ? raw['agendaVersion'] : null,
    };
  } catch {
    return null;
  }
}

/** The event names the agenda stream uses for a change. */
const LIVE_EVENT_NAMES = ['agenda', 'agenda.changed', 'change'];

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
    // Named events ("event: agenda") as well as unnamed ones; a `reset` (the server could not
    // replay what was missed) means: reload everything.
    for (const name of LIVE_EVENT_NAMES) source.addEventListener(name, handle as EventListener);
    source.addEventListener('reset', () =>
      this.onChange({ kind: 'reset', itemId: null, actorId: null, actorName: null, agendaVersion: null }),
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
