import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  PUBLIC_PAGE_MAX_SIZE,
  PUBLIC_PAGE_SIZE,
  type PublicAnnouncementListQuery,
  type PublicMeetingListQuery,
} from '@cumbre/contracts';

abstract class KeysetQuery {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: PUBLIC_PAGE_MAX_SIZE, default: PUBLIC_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PUBLIC_PAGE_MAX_SIZE)
  limit?: number;
}

export class PublicAnnouncementListQueryDto extends KeysetQuery implements PublicAnnouncementListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class PublicMeetingListQueryDto extends KeysetQuery implements PublicMeetingListQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}

export class PublicPracticeListQueryDto extends KeysetQuery {}
