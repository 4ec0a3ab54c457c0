import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarFeedDto } from '@cumbre/contracts';
import { Changes } from '../audit/changes';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';
import { USER_CONTACTS } from '../users/user.queries';
import { mapCalendarFeed } from './calendar.mapper';
import { FeedAnswer, FeedCache } from './feed-cache';
import { CalendarFeedTokenEntity } from './entities/calendar-feed-token.entity';

/** What a feed request may carry to be answered 304 (`FeedCache.answer` says why not a date). */
export interface ConditionalRequest {
  ifNoneMatch?: string;
}

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Per-user calendar subscriptions. The URL carries a secret token (only its hash is stored);
 * calendar applications fetch it without signing in. Rotating or revoking kills the old URL.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendar: MeetingCalendarService,
    private readonly changes: Changes,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(CalendarFeedTokenEntity);
  }

  async state(user: AuthUser): Promise<CalendarFeedDto> {
    const row = await this.repo.findOneBy({ userId: user.id });
    return mapCalendarFeed(row ? row.createdAt : null);
  }

  /** Creates the feed, or replaces its token (the old URL stops working at once). */
  async rotate(user: AuthUser, origin: RequestOrigin): Promise<CalendarFeedDto> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const [row]: { created_at: Date }[] = await manager.query(
        `INSERT INTO calendar_feed_token (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
         RETURNING created_at`,
        [user.id, sha256(token)],
      );
      await audit({ action: 'calendar.feed_rotated', objectType: 'user', objectId: user.id });
      return row.created_at;
    });
    return mapCalendarFeed(createdAt, `${this.config.publicUrl}/api/calendar/feed/${token}.ics`);
  }

  async revoke(user: AuthUser, origin: RequestOrigin): Promise<CalendarFeedDto> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const deleted = await manager.getRepository(CalendarFeedTokenEntity).delete({ userId: user.id });
      if (deleted.affected) {
        await audit({ action: 'calendar.feed_revoked', objectType: 'user', objectId: user.id });
      }
    });
    return mapCalendarFeed(null);
  }

  private readonly cache = new FeedCache();

  /**
   * The feed behind a token; unknown, revoked or disabled-user tokens are 404 alike. Answers 304
   * to a client that has the current version, and serves a cached body while nothing changed.
   */
  async feed(token: string, conditional: ConditionalRequest): Promise<FeedAnswer> {
    if (!TOKEN_PATTERN.test(token)) throw new ApiError('calendar.feed_not_found', 'calendar feed not found');
    // Finding the token and stamping its use are one statement.
    const [rows]: [{ user_id: string; display_name: string }[], number] = await this.dataSource.query(
      `UPDATE calendar_feed_token t SET last_used_at = now()
         FROM ${USER_CONTACTS} u
        WHERE t.token_hash = $1 AND u.id = t.user_id AND u.disabled_at IS NULL
       RETURNING t.user_id, u.display_name`,
      [sha256(token)],
    );
    const [owner] = rows;
    if (!owner) throw new ApiError('calendar.feed_not_found', 'calendar feed not found');
    const version = await this.calendar.userFeedVersion(owner.user_id);
    // The name is in the calendar's title: renaming the user changes the feed.
    return this.cache.answer(
      `user:${owner.user_id}`,
      { ...version, tag: `${version.tag}|${owner.display_name}` },
      conditional,
      () => this.calendar.userFeed(owner.user_id, owner.display_name),
    );
  }

  /** The public feed, with the same conditional answers and cache. */
  async publicFeed(conditional: ConditionalRequest): Promise<FeedAnswer> {
    const version = await this.calendar.publicFeedVersion();
    return this.cache.answer('public', version, conditional, () => this.calendar.publicFeed());
  }
}
