import { Injectable } from '@nestjs/common';
import { concatMap, filter, map, type Observable, takeWhile } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { AGENDA_LIVE_EVENT, type AgendaLiveEventDto } from '@cumbre/contracts';
import { type StreamMessage, toStreamMessage } from '../realtime/event-stream.service';
import { REALTIME_RESET, RealtimeService } from '../realtime/realtime.service';

/** One change to a meeting's agenda, minutes or action items, announced when it commits. */
export interface AgendaChange extends AgendaLiveEventDto {
  meetingId: string;
}

/** What the anonymous public of a public meeting may learn of: new publications, nothing else. */
const PUBLIC_KINDS = new Set(['agenda.published', 'minutes.published']);

const topicOf = (meetingId: string) => `agenda:${meetingId}`;

/**
 * Where every agenda write is announced, inside its transaction (realtime: an event row and a
 * NOTIFY that take effect on commit), and where readers subscribe. Events carry kinds and ids,
 * never content: a subscriber reloads through the read policy. Access is checked before
 * `events` is called (the topic is the meeting's).
 */
@Injectable()
export class AgendaChangeFeed {
  constructor(private readonly realtime: RealtimeService) {}

  async publish(manager: EntityManager, change: AgendaChange): Promise<void> {
    const payload: AgendaLiveEventDto = {
      kind: change.kind,
      agendaVersion: change.agendaVersion,
      itemId: change.itemId,
      actor: change.actor,
    };
    await this.realtime.publish(manager, topicOf(change.meetingId), payload);
  }

  /**
   * The meeting's changes after `afterId`, then live; the public gets publications only. Before
   * each event is handed over (any event, even one the public would not get), `mayStillRead`
   * asks again whether the subscriber may read the meeting: once they may not (their agency's
   * invitation withdrawn, their membership ended, the meeting no longer public), the stream
   * completes without that event and the client's reconnect gets a 404.
   */
  events(
    meetingId: string,
    afterId: number | undefined,
    forPublic: boolean,
    mayStillRead: () => Promise<boolean>,
  ): Observable<StreamMessage> {
    return this.realtime.subscribe<AgendaLiveEventDto>([topicOf(meetingId)], afterId).pipe(
      // One check at a time, in event order; a failing check ends the stream (the client reconnects).
      concatMap(async (e) => ({ e, allowed: await mayStillRead() })),
      takeWhile((x) => x.allowed),
      map((x) => x.e),
      filter((e) => !forPublic || e.topic === REALTIME_RESET || PUBLIC_KINDS.has(e.payload.kind)),
      map((e) =>
        forPublic && e.topic !== REALTIME_RESET
          ? {
              ...e,
              payload: { kind: e.payload.kind, agendaVersion: e.payload.agendaVersion, itemId: null, actor: null },
            }
          : e,
      ),
      map(toStreamMessage(AGENDA_LIVE_EVENT)),
    );
  }
}
