import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import {
  NOTIFICATION_EMAIL_DEFAULTS,
  NOTIFICATION_KINDS,
  type NotificationDto,
  type NotificationListDto,
  type NotificationPreferencesDto,
} from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import { validationFailed } from '../common/validation-errors';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { mapNotification } from './notification.mapper';
import type { NotificationListQueryDto, UpdateNotificationPreferencesBody } from './dto/notification.requests';

/** The signed-in user's own notifications: every query is restricted to user_id = caller. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId: user.id })
      .execute();
    const found = await this.repo.findOneBy({ id, userId: user.id });
    if (!found) throw new ApiError('notification.not_found', 'notification not found', { params: { id } });
    return mapNotification(found);
  }

  async markAllRead(user: AuthUser): Promise<{ marked: number; unread: number }> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: user.id })
      .execute();
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

  async updatePreferences(user: AuthUser, body: UpdateNotificationPreferencesBody): Promise<NotificationPreferencesDto> {
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      if (seen.has(item.kind)) {
        throw validationFailed([
          { field: `items[${i}].kind`, code: 'validation.duplicate', message: `items[${i}].kind names ${item.kind} twice` },
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

  private unreadCount(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }
}
