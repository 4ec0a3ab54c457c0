import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { viewerOf } from '../common/viewer';
import type { StreamMessage } from '../realtime/event-stream.service';
import { AgendaChangeFeed } from './agenda-change-feed';
import { AgendaQueries } from './agenda-queries.service';

/** The live stream of an agenda, for whoever may read it. */
@Injectable()
export class AgendaEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AgendaQueries,
    private readonly feed: AgendaChangeFeed,
  ) {}

  /**
   * Checks access first (a meeting the caller may not see is a 404, before any byte of the
   * stream), then hands over the meeting's changes after `afterId` and live ones, while the
   * caller may still see the meeting.
   */
  async open(
    meetingId: string,
    user: AuthUser | null,
    afterId: number | undefined,
  ): Promise<Observable<StreamMessage>> {
    const viewer = viewerOf(user);
    await this.queries.visibleMeeting(this.dataSource.manager, meetingId, viewer);
    // Access is decided again, in SQL, before every event: it may be lost while the stream is open.
    return this.feed.events(meetingId, afterId, user === null, () => this.queries.mayRead(meetingId, viewer));
  }
}
