import { Injectable } from '@nestjs/common';

/** One committed change to a meeting's agenda, minutes or action items. */
export interface AgendaChange {
  meetingId: string;
  /** The agenda's version after the change: a subscriber that missed one reloads. */
  agendaVersion: number;
  kind: string;
  itemId: string | null;
  actorId: string;
}

type Listener = (change: AgendaChange) => void;

/**
 * Where every committed agenda write is announced, after its transaction: the one place a
 * realtime publisher (SSE over LISTEN/NOTIFY) subscribes to. It carries ids only; a subscriber
 * reloads through the read policy, so nothing leaks to someone who may not see the meeting.
 */
@Injectable()
export class AgendaChangeFeed {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: AgendaChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
