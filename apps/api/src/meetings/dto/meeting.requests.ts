import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ChangeMeetingStatusRequest,
  CreateMeetingRequest,
  MEETING_DESCRIPTION_MAX_LENGTH,
  MEETING_REASON_MAX_LENGTH,
  MEETING_STATUSES,
  MEETING_TITLE_MAX_LENGTH,
  MEETING_VISIBILITIES,
  MeetingListQuery,
  type MeetingStatus,
  type MeetingVisibility,
  UpdateMeetingRequest,
  VenueDto,
} from '@cumbre/contracts';
import { IsInstant } from '../../common/calendar-date';
import { IsIanaTimeZone } from './validators';
import { PageQuery } from '../../common/page-query';
import { BasedOnVersion, OptionalNotNull, Trim } from '../../common/validation';

const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

export class VenueBody implements Partial<VenueDto> {
  @ApiPropertyOptional({ nullable: true, maxLength: 200, example: 'Centro de Convenciones Miraflores del Norte' })
  @Transform(blankToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 300 })
  @Transform(blankToNull)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 120, example: 'Piura' })
  @Transform(blankToNull)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  city?: string | null;
}

/** Fields shared by create and update. `null` clears an optional field. */
class MeetingFieldsBody {
  @ApiPropertyOptional({ maxLength: MEETING_DESCRIPTION_MAX_LENGTH })
  @OptionalNotNull()
  @IsString()
  @MaxLength(MEETING_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({
    nullable: true,
    example: '2026-12-05T09:00:00-05:00',
    description: 'ISO 8601 with offset; null clears (drafts only)',
  })
  @IsOptional()
  @IsInstant()
  startsAt?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-12-05T17:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;

  @ApiPropertyOptional({ example: 'America/Lima', description: 'IANA time zone; default America/Lima' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(64)
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ type: VenueBody })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => VenueBody)
  venue?: VenueBody;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000, example: 'https://meet.example.org/cumbre' })
  @Transform(blankToNull)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'onlineUrl must be an http(s) URL' })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ enum: MEETING_VISIBILITIES })
  @OptionalNotNull()
  @IsIn(MEETING_VISIBILITIES)
  visibility?: MeetingVisibility;

  @ApiPropertyOptional({ description: 'Proceed although the new time conflicts with other meetings' })
  @OptionalNotNull()
  @IsBoolean()
  confirmConflicts?: boolean;
}

export class CreateMeetingBody extends MeetingFieldsBody implements CreateMeetingRequest {
  @ApiProperty({ maxLength: MEETING_TITLE_MAX_LENGTH })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MEETING_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'hostAgencyId must be a UUID' })
  hostAgencyId!: string;
}

export class UpdateMeetingBody extends MeetingFieldsBody implements UpdateMeetingRequest {
  @ApiPropertyOptional({ maxLength: MEETING_TITLE_MAX_LENGTH })
  @Trim()
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MEETING_TITLE_MAX_LENGTH)
  title?: string;

  @BasedOnVersion()
  version!: number;
}

export class ChangeMeetingStatusBody implements ChangeMeetingStatusRequest {
  @ApiProperty({ enum: MEETING_STATUSES })
  @IsIn(MEETING_STATUSES)
  status!: MeetingStatus;

  @ApiPropertyOptional({ maxLength: MEETING_REASON_MAX_LENGTH, description: 'Required to cancel' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_REASON_MAX_LENGTH)
  reason?: string;

  @BasedOnVersion()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  confirmConflicts?: boolean;
}

export class MeetingListQueryDto extends PageQuery(100, 20) implements MeetingListQuery {
  @ApiPropertyOptional({ enum: ['mine', 'all'], default: 'mine' })
  @IsOptional()
  @IsIn(['mine', 'all'])
  scope?: 'mine' | 'all';

  @ApiPropertyOptional({ enum: MEETING_STATUSES })
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId must be a UUID' })
  agencyId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: ['upcoming', 'past'] })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}
