import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { InviteRequest, MEETING_NOTE_MAX_LENGTH, RSVP_STATUSES, RsvpRequest, type RsvpStatus } from '@cumbre/contracts';
import { Trim } from '../../common/validation';

const ANSWERS = RSVP_STATUSES.filter((s) => s !== 'pending');

export class InviteBody implements InviteRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'agencyIds must hold UUIDs' })
  agencyIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Invite every agency of this sharing group' })
  @IsOptional()
  @IsUUID('all', { message: 'sharingGroupId must be a UUID' })
  sharingGroupId?: string;
}

export class RsvpBody implements RsvpRequest {
  @ApiProperty({ format: 'uuid', description: 'The agency answering; the caller must be its leader or staff' })
  @IsUUID('all', { message: 'agencyId must be a UUID' })
  agencyId!: string;

  @ApiProperty({ enum: ANSWERS })
  @IsIn(ANSWERS)
  rsvp!: Exclude<RsvpStatus, 'pending'>;

  @ApiPropertyOptional({ maxLength: MEETING_NOTE_MAX_LENGTH })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Replaces the delegate list; members of that agency',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'delegateUserIds must hold UUIDs' })
  delegateUserIds?: string[];
}
