import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import {
  ACTION_ITEM_COMMENT_MAX_LENGTH,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TEXT_MAX_LENGTH,
  type ActionItemListQuery,
  type ActionItemStatus,
  type ActionPlanSummaryQuery,
  type CreateActionItemRequest,
  type UpdateActionItemRequest,
} from '@cumbre/contracts';
import { PageQuery } from '../../common/page-query';
import { Trim } from '../../common/validation';
import { IsDueDate } from './validators';

export class CreateActionItemBody implements CreateActionItemRequest {
  @ApiProperty({ maxLength: ACTION_ITEM_TEXT_MAX_LENGTH })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACTION_ITEM_TEXT_MAX_LENGTH)
  what!: string;

  @ApiProperty({ format: 'uuid', description: 'The host or an invited agency' })
  @IsUUID()
  ownerAgencyId!: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'A member of the owner agency' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @ApiProperty({ example: '2027-01-31', description: 'YYYY-MM-DD' })
  @IsDueDate()
  dueDate!: string;
}

export class UpdateActionItemBody implements UpdateActionItemRequest {
  @ApiProperty()
  @IsInt()
  @Min(0)
  version!: number;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;

  @ApiPropertyOptional({ maxLength: ACTION_ITEM_COMMENT_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACTION_ITEM_COMMENT_MAX_LENGTH)
  comment?: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ActionItemListQueryDto extends PageQuery(500, 50) implements ActionItemListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerAgencyId?: string;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @ApiPropertyOptional({ example: '2027-01-31', description: 'Due on or before this day' })
  @IsOptional()
  @IsDueDate()
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Due on or after this day' })
  @IsOptional()
  @IsDueDate()
  dueAfter?: string;

  @ApiPropertyOptional({ description: 'Only overdue items (true) or only the others (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class ActionPlanSummaryQueryDto
  extends PickType(ActionItemListQueryDto, ['ownerAgencyId', 'meetingId', 'dueBefore', 'dueAfter'] as const)
  implements ActionPlanSummaryQuery {}
