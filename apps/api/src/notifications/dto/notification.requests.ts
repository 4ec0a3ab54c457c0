import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LIST_STATUSES,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationListStatus,
  type NotificationPreferenceDto,
  type UpdateNotificationPreferencesRequest,
} from '@cumbre/contracts';
import { PageQuery } from '../../common/page-query';

export class NotificationListQueryDto extends PageQuery(100, 20) implements NotificationListQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_LIST_STATUSES, default: 'all' })
  @IsOptional()
  @IsIn(NOTIFICATION_LIST_STATUSES)
  status?: NotificationListStatus;

  @ApiPropertyOptional({ default: false, deprecated: true, description: 'Same as status=unread' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unreadOnly must be true or false' })
  unreadOnly?: boolean;
}

export class NotificationPreferenceBody implements NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ApiProperty({ description: 'Also send an e-mail (in-app is always on)' })
  @IsBoolean()
  email!: boolean;
}

export class UpdateNotificationPreferencesBody implements UpdateNotificationPreferencesRequest {
  @ApiProperty({ type: [NotificationPreferenceBody], description: 'The kinds named change; the others stay' })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceBody)
  items!: NotificationPreferenceBody[];
}
