import { Injectable } from '@nestjs/common';
import { concat, from, map, of, type Observable, concatMap } from 'rxjs';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import {
  NOTIFICATION_EMAIL_DEFAULTS,
  NOTIFICATION_KINDS,
  type NotificationDto,
  type NotificationListDto,
  type NotificationPreferencesDto,
  UNREAD_COUNT_EVENT,
  type UnreadCountEventDto,
} from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import type { StreamMessage } from '../realtime/event-stream.service';
import { RealtimeService } from '../realtime/realtime.service';
import { validationFailed } from '../common/validation-errors';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { mapNotification } from './notification.mapper';
import type { NotificationListQueryDto, UpdateNotificationPreferencesBody } from './dto/notification.requests';

/** The signed-in user's own notifications: every query is restricted to user_id = caller. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  async list(user: AuthUser, query: NotificationListQueryDto): Promise<NotificationListDto> {
    const status = query.status ?? (query.unreadOnly ? 'unread' : 'all');
    const where = {
      userId: user.id,
      ...(status === 'unread' ? { readAt: IsNull() } : status === 'read' ? { readAt: Not(IsNull()) } : {}),
    };
    const [items, total] = await this.repo.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit ?? 20,
      skip: query.offset ?? 0,
    });
    const unread = status === 'unread' ? total : await this.unreadCount(user.id);
    return { items: items.map(mapNotification), total, unread };
  }

  async markRead(id: string, user: AuthUser): Promise<NotificationDto> {
    // Only unread ones change, so that the first reading time is kept.
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder()
        .update()
        .set({ readAt: () => 'now()' })
        .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId: user.id })
        .execute();
      if (result.affected) await signalUnreadChanged(this.realtime, manager, user.id);
    });
    const found = await this.repo.findOneBy({ id, userId: user.id });
    if (!found) throw new ApiError('notification.not_found', 'notification not found', { params: { id } });
    return mapNotification(found);
  }

  async markAllRead(user: AuthUser): Promise<{ marked: number; unread: number }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const done = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder()
        .update()
        .set({ readAt: () => 'now()' })
        .where('user_id = :userId AND read_at IS NULL', { userId: user.id })
        .execute();
      if (done.affected) await signalUnreadChanged(this.realtime, manager, user.id);
      return done;
    });
    return { marked: result.affected ?? 0, unread: await this.unreadCount(user.id) };
  }

  /** Every kind, with the user's choice or the default. */
  async preferences(user: AuthUser): Promise<NotificationPreferencesDto> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: user.id });
    const chosen = new Map(rows.map((r) => [r.kind, r.email]));
    return {
      items: NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? NOTIFICATION_EMAIL_DEFAULTS[kind] })),
    };
  }

  async updatePreferences(
    user: AuthUser,
    body: UpdateNotificationPreferencesBody,
  ): Promise<NotificationPreferencesDto> {
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      if (seen.has(item.kind)) {
        throw validationFailed([
          {
            field: `items[${i}].kind`,
            code: 'validation.duplicate',
            message: `items[${i}].kind names ${item.kind} twice`,
          },
        ]);
      }
      seen.add(item.kind);
    });
    if (body.items.length > 0) {
      await this.dataSource.query(
        `INSERT INTO notification_preference (user_id, kind, email)
         SELECT $1, k, e FROM unnest($2::varchar[], $3::boolean[]) AS p(k, e)
         ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [user.id, body.items.map((i) => i.kind), body.items.map((i) => i.email)],
      );
    }
    return this.preferences(user);
  }

  /**
   * The caller's unread count now and after every change to it (a notification written for
   * them, one read in another tab), on any API instance. The topic is the caller's own.
   */
  unreadEvents(user: AuthUser): Observable<StreamMessage> {
    return concat(of(null), this.realtime.signals([unreadTopic(user.id)])).pipe(
      concatMap(() => from(this.unreadCount(user.id))),
      map((unread): StreamMessage => ({ event: UNREAD_COUNT_EVENT, data: { unread } satisfies UnreadCountEventDto })),
    );
  }

  private unreadCount(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }
}

const unreadTopic = (userId: string) => `user:${userId}`;

/** Tells the user's open streams that their unread count changed (on commit of `manager`'s transaction). */
export function signalUnreadChanged(realtime: RealtimeService, manager: EntityManager, userId: string): Promise<void> {
  return realtime.signal(manager, unreadTopic(userId));
}
