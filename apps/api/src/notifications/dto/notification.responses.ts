import { ApiProperty } from '@nestjs/swagger';
import type { MarkAllReadDto, NotificationDto, NotificationListDto } from '@cumbre/contracts';

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
  @ApiProperty({ description: 'Unread notifications in all (the bell badge)' }) unread!: number;
}

export class MarkAllReadResponse implements MarkAllReadDto {
  @ApiProperty() marked!: number;
  @ApiProperty() unread!: number;
}
