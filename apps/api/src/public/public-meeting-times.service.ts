import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PUBLIC_CACHE_TAGS } from '@cumbre/contracts';
import { Clock } from '../common/clock';
import { PublicContent } from '../common/public-content/public-content.service';
import { nextPublicMeetingEnd } from '../meetings/public-meetings.queries';

/** A timer never waits longer than this before looking again (a clock moved by hand, a long sleep). */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * A public meeting moves from "upcoming" to "past" when it ends, with no write to announce it.
 * Each instance sets one timer for the next such moment (by the domain clock) and then drops its
 * cached meeting lists (tag `meetings`), so that no list waits for a TTL to stop showing a
 * meeting as upcoming. The timer is set again whenever the meeting lists change.
 */
@Injectable()
export class PublicMeetingTimes implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PublicMeetingTimes');
  private timer: NodeJS.Timeout | null = null;
  private planning = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: PublicContent,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.content.onDrop((tags) => {
      if (tags.includes(PUBLIC_CACHE_TAGS.meetings)) this.plan();
    });
    this.plan();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Sets the timer for the next end of a public meeting (at most one planning at a time). */
  private plan(): void {
    if (this.planning || this.stopped) return;
    this.planning = true;
    setImmediate(() => {
      nextPublicMeetingEnd(this.dataSource.manager, this.clock.now())
        .then((at) => {
          if (this.stopped) return;
          if (this.timer) clearTimeout(this.timer);
          const wait = at ? Math.max(0, at.getTime() - this.clock.now().getTime()) + 1 : MAX_WAIT_MS;
          this.timer = setTimeout(() => this.tick(at !== null), Math.min(wait, MAX_WAIT_MS));
          this.timer.unref();
        })
        .catch((err: unknown) => {
          this.logger.warn({ err }, 'next public meeting end unknown; looking again later');
          if (this.stopped) return;
          this.timer = setTimeout(() => this.plan(), 60_000);
          this.timer.unref();
        })
        .finally(() => {
          this.planning = false;
        });
    });
  }

  private tick(ended: boolean): void {
    this.timer = null;
    // dropLocal tells onDrop, which plans the next moment.
    if (ended) this.content.dropLocal([PUBLIC_CACHE_TAGS.meetings]);
    else this.plan();
  }
}
