import type { NotificationDto } from '@cumbre/contracts';

/** An invitation notification (stored Spanish words, no params), unread when `readAt` is null. */
export function notificationDto(id: string, readAt: string | null, meetingId: string | null = 'm-1'): NotificationDto {
  return {
    id,
    kind: 'meeting.invited',
    title: `Invitación: Cumbre ${id}`,
    body: 'Su institución ha sido invitada.',
    meetingId,
    createdAt: '2026-11-27T15:00:00Z',
    readAt,
    params: {},
  };
}
