import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  ANNOUNCEMENT_BODY_MAX_LENGTH,
  ANNOUNCEMENT_COVER_ALT_MAX_LENGTH,
  ANNOUNCEMENT_SLUG_MAX_LENGTH,
  ANNOUNCEMENT_SLUG_PATTERN,
  ANNOUNCEMENT_STATUSES,
  ANNOUNCEMENT_SUMMARY_MAX_LENGTH,
  ANNOUNCEMENT_TITLE_MAX_LENGTH,
  type AnnouncementListQuery,
  type AnnouncementStatus,
  type ChangeAnnouncementStatusRequest,
  type CreateAnnouncementRequest,
  type UpdateAnnouncementRequest,
} from '@cumbre/contracts';
import { IsInstant } from '../../common/calendar-date';
import { PageQuery } from '../../common/page-query';
import { BasedOnVersion, OptionalNotNull, Trim } from '../../common/validation';

const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

export class CreateAnnouncementBody implements CreateAnnouncementRequest {
  @ApiProperty({ maxLength: ANNOUNCEMENT_TITLE_MAX_LENGTH, example: 'Convocatoria a la Cumbre del 5 de diciembre' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_TITLE_MAX_LENGTH)
  title!: string;

  @ApiPropertyOptional({ maxLength: ANNOUNCEMENT_SLUG_MAX_LENGTH, description: 'Generated from the title when absent' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(ANNOUNCEMENT_SLUG_MAX_LENGTH)
  @Matches(ANNOUNCEMENT_SLUG_PATTERN)
  slug?: string;

  @ApiProperty({ maxLength: ANNOUNCEMENT_SUMMARY_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_SUMMARY_MAX_LENGTH)
  summary!: string;

  @ApiProperty({ maxLength: ANNOUNCEMENT_BODY_MAX_LENGTH, description: 'Markdown' })
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_BODY_MAX_LENGTH)
  body!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: ANNOUNCEMENT_COVER_ALT_MAX_LENGTH })
  @Transform(blankToNull)
  @IsOptional()
  @IsString()
  @MaxLength(ANNOUNCEMENT_COVER_ALT_MAX_LENGTH)
  coverAlt?: string | null;

  @ApiPropertyOptional({ enum: ['draft', 'scheduled', 'published'], default: 'draft' })
  @OptionalNotNull()
  @IsIn(['draft', 'scheduled', 'published'])
  status?: Exclude<AnnouncementStatus, 'withdrawn'>;

  @ApiPropertyOptional({ nullable: true, example: '2026-12-05T08:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  publishAt?: string | null;
}

/** The update's own fields, and those whose rules or documentation differ from `CreateAnnouncementBody`'s. */
class UpdateAnnouncementFields {
  @BasedOnVersion()
  version!: number;

  @ApiPropertyOptional({ maxLength: ANNOUNCEMENT_TITLE_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ maxLength: ANNOUNCEMENT_SLUG_MAX_LENGTH })
  @OptionalNotNull()
  @IsString()
  @MaxLength(ANNOUNCEMENT_SLUG_MAX_LENGTH)
  @Matches(ANNOUNCEMENT_SLUG_PATTERN)
  slug?: string;

  @ApiPropertyOptional({ maxLength: ANNOUNCEMENT_SUMMARY_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_SUMMARY_MAX_LENGTH)
  summary?: string;

  @ApiPropertyOptional({ maxLength: ANNOUNCEMENT_BODY_MAX_LENGTH })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(ANNOUNCEMENT_BODY_MAX_LENGTH)
  body?: string;
}

export class UpdateAnnouncementBody
  extends IntersectionType(
    UpdateAnnouncementFields,
    PickType(CreateAnnouncementBody, ['meetingId', 'coverAlt'] as const),
  )
  implements UpdateAnnouncementRequest {}

export class ChangeAnnouncementStatusBody implements ChangeAnnouncementStatusRequest {
  @ApiProperty({ enum: ANNOUNCEMENT_STATUSES })
  @IsIn(ANNOUNCEMENT_STATUSES)
  status!: AnnouncementStatus;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInstant()
  publishAt?: string | null;

  @BasedOnVersion()
  version!: number;
}

export class AnnouncementListQueryDto extends PageQuery(100, 20) implements AnnouncementListQuery {
  @ApiPropertyOptional({ enum: ANNOUNCEMENT_STATUSES })
  @IsOptional()
  @IsIn(ANNOUNCEMENT_STATUSES)
  status?: AnnouncementStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
