import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { NotificationDto, NotificationListDto } from '@cumbre/contracts';
import type { AuthUser } from '../auth/auth-user';
import { NotificationEntity } from './notification.entity';
import type { NotificationListQueryDto } from './dto/notification.requests';

export function toNotificationDto(n: NotificationEntity): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    meetingId: n.meetingId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
    params: { ...n.params },
  };
}

/** The signed-in user's own notifications: every query is restricted to user_id = caller. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  async list(user: AuthUser, query: NotificationListQueryDto): Promise<NotificationListDto> {
    const items = await this.repo.find({
      where: { userId: user.id, ...(query.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit ?? 20,
      skip: query.offset ?? 0,
    });
    return { items: items.map(toNotificationDto), unread: await this.unreadCount(user.id) };
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
    return toNotificationDto(found);
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

  private unreadCount(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }
}
