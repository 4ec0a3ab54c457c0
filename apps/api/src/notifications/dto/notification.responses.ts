import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  type MarkAllReadDto,
  type NotificationDto,
  type NotificationKind,
  type NotificationListDto,
  type NotificationPreferenceDto,
  type NotificationPreferencesDto,
} from '@cumbre/contracts';

export class NotificationResponse implements NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'meeting.invited' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) meetingId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { meetingTitle: 'Cumbre regional', reason: 'Emergencia climática' },
    description: "What title/body are made of, for wording them in the reader's language",
  })
  params!: Record<string, string | null>;
}

export class NotificationListResponse implements NotificationListDto {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationDto[];
  @ApiProperty({ description: 'Notifications matching the status filter (for paging)' }) total!: number;
  @ApiProperty({ description: 'Unread notifications in all (the bell badge), uncapped' }) unread!: number;
}

export class MarkAllReadResponse implements MarkAllReadDto {
  @ApiProperty() marked!: number;
  @ApiProperty() unread!: number;
}

export class NotificationPreferenceResponse implements NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ description: 'Also by e-mail; in-app is always on' }) email!: boolean;
}

export class NotificationPreferencesResponse implements NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceResponse] }) items!: NotificationPreferenceDto[];
}
