import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';

import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  AGENCY_KINDS,
  AGENCY_NAME_MAX_LENGTH,
  AGENCY_SHORT_NAME_MAX_LENGTH,
  ISO_3166_2_PATTERN,
  type AgencyKind,
  type AgencyListQuery,
  type CreateAgencyRequest,
  type UpdateAgencyRequest,
} from '@cumbre/contracts';
import { BasedOnVersion, OptionalNotNull, Trim } from '../../common/validation';
import { PageQuery } from '../../common/page-query';

const ISO_MESSAGE = 'isoCode must be an ISO 3166-2 code such as PE-PIU';

export class CreateAgencyBody implements CreateAgencyRequest {
  @ApiProperty({ minLength: 2, maxLength: AGENCY_NAME_MAX_LENGTH, example: 'Gobierno Regional de Piura' })
  @Trim()
  @IsString()
  @Length(2, AGENCY_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ minLength: 2, maxLength: AGENCY_SHORT_NAME_MAX_LENGTH, example: 'GR Piura' })
  @Trim()
  @IsString()
  @Length(2, AGENCY_SHORT_NAME_MAX_LENGTH)
  shortName!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiPropertyOptional({ type: String, nullable: true, pattern: ISO_3166_2_PATTERN.source, example: 'PE-PIU' })
  @IsOptional()
  @IsString()
  @Matches(ISO_3166_2_PATTERN, { message: ISO_MESSAGE })
  isoCode?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

/** The update's own fields, and those whose rules or documentation differ from `CreateAgencyBody`'s. */
class UpdateAgencyFields {
  @BasedOnVersion()
  version!: number;

  @ApiPropertyOptional({ minLength: 2, maxLength: AGENCY_NAME_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(2, AGENCY_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ minLength: 2, maxLength: AGENCY_SHORT_NAME_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(2, AGENCY_SHORT_NAME_MAX_LENGTH)
  shortName?: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @OptionalNotNull()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({ type: String, nullable: true, pattern: ISO_3166_2_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ISO_3166_2_PATTERN, { message: ISO_MESSAGE })
  isoCode?: string | null;
}

/** Fields left out stay as they are; `isoCode` and `parentId` may be set to null to clear them. */
export class UpdateAgencyBody
  extends IntersectionType(UpdateAgencyFields, PickType(CreateAgencyBody, ['parentId'] as const))
  implements UpdateAgencyRequest {}

export class AgencyListQueryDto extends PageQuery(500, 100) implements AgencyListQuery {
  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Part of the name, short name or ISO code; case and accents ignored',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;
}
