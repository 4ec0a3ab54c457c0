// Response shapes for the OpenAPI document. Each class implements its contract interface, so
// the compiler keeps the two in step; the contracts stay the one source for the web client.
import { ApiProperty } from '@nestjs/swagger';
import {
  MEMBERSHIP_ROLES,
  PLATFORM_ROLES,
  TLP_LEVELS,
  type MeDto,
  type MembershipDto,
  type MembershipRole,
  type Page,
  type PlatformRole,
  type TlpLevel,
  type UserDto,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';

export class MembershipResponse implements MembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummaryResponse;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({
    enum: TLP_LEVELS,
    description: 'Highest TLP marking readable through this membership',
  })
  clearance!: TlpLevel;
}

export class MeResponse implements MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true })
  platformRoles!: PlatformRole[];
  @ApiProperty({ type: [MembershipResponse] })
  memberships!: MembershipResponse[];
}

export class UserResponse extends MeResponse implements UserDto {
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class UserPageResponse implements Page<UserDto> {
  @ApiProperty({ type: [UserResponse] }) items!: UserResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
