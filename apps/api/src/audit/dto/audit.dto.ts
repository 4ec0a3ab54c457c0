import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { AuditEventDto, AuditQuery, Page } from '@cumbre/contracts';
import { PageQuery } from '../../common/page-query';
import { IsExistingDate } from '../../common/calendar-date';

export class AuditQueryDto extends PageQuery(200, 50) implements Omit<AuditQuery, 'from' | 'to'> {
  @ApiPropertyOptional({ example: 'auth.sign_in_failed', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(/^[a-z0-9_.]+$/, {
    message: 'action must be a dotted name such as auth.sign_in_failed',
  })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorUserId must be a UUID' })
  actorUserId?: string;

  @ApiPropertyOptional({ example: 'user', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  objectType?: string;

  @ApiPropertyOptional({ maxLength: 254 })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  objectId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Inclusive' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'from must be an ISO 8601 date or date-time',
  })
  @IsExistingDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'to must be an ISO 8601 date or date-time',
  })
  @IsExistingDate()
  to?: string;
}

export class AuditEventResponse implements AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ example: 'user.updated' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) objectType!: string | null;
  @ApiProperty({ type: String, nullable: true }) objectId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class AuditPageResponse implements Page<AuditEventDto> {
  @ApiProperty({ type: [AuditEventResponse] }) items!: AuditEventResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
