import type { NotificationDto } from '@cumbre/contracts';
import type { NotificationEntity } from './entities/notification.entity';

export function mapNotification(n: NotificationEntity): NotificationDto {
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
