import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import {
  SHARING_GROUP_DESCRIPTION_MAX_LENGTH,
  SHARING_GROUP_NAME_MAX_LENGTH,
  type CreateSharingGroupRequest,
  type SharingGroupListQuery,
  type UpdateSharingGroupRequest,
} from '@cumbre/contracts';
import { BasedOnVersion, OptionalNotNull, Trim } from '../../common/validation';
import { PageQuery } from '../../common/page-query';

/** More members than there will ever be agencies; bounds the work one request can ask for. */
export const SHARING_GROUP_MAX_MEMBERS = 1000;

export class CreateSharingGroupBody implements CreateSharingGroupRequest {
  @ApiProperty({ minLength: 2, maxLength: SHARING_GROUP_NAME_MAX_LENGTH, example: 'Macro-región Norte' })
  @Trim()
  @IsString()
  @Length(2, SHARING_GROUP_NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ maxLength: SHARING_GROUP_DESCRIPTION_MAX_LENGTH, default: '' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SHARING_GROUP_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiProperty({ type: [String], format: 'uuid', uniqueItems: true, maxItems: SHARING_GROUP_MAX_MEMBERS })
  @IsArray()
  @ArrayMaxSize(SHARING_GROUP_MAX_MEMBERS)
  @ArrayUnique({ message: 'agencyIds must not name an agency twice' })
  @IsUUID('all', { each: true })
  agencyIds!: string[];
}

/** Fields left out stay as they are; `agencyIds`, when given, replaces the whole member set. */
export class UpdateSharingGroupBody implements UpdateSharingGroupRequest {
  @BasedOnVersion()
  version!: number;

  @ApiPropertyOptional({ minLength: 2, maxLength: SHARING_GROUP_NAME_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(2, SHARING_GROUP_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ maxLength: SHARING_GROUP_DESCRIPTION_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(SHARING_GROUP_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', uniqueItems: true, maxItems: SHARING_GROUP_MAX_MEMBERS })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(SHARING_GROUP_MAX_MEMBERS)
  @ArrayUnique({ message: 'agencyIds must not name an agency twice' })
  @IsUUID('all', { each: true })
  agencyIds?: string[];
}

export class SharingGroupListQueryDto extends PageQuery(500, 100) implements SharingGroupListQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the name; case and accents ignored' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the groups this agency belongs to' })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;
}
