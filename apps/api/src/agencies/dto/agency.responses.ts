// Response shapes for the OpenAPI document. Each class implements its contract interface, so
// the compiler keeps the two in step; the contracts stay the one source for the web client.
import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_KINDS,
  MEMBERSHIP_ROLES,
  type AgencyDirectoryEntry,
  type AgencyMemberDto,
  type AgencyDto,
  type AgencyKind,
  type AgencySummary,
  type MembershipRole,
  type Page,
  type SharingGroupDto,
} from '@cumbre/contracts';

export class AgencySummaryResponse implements AgencySummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() shortName!: string;
  @ApiProperty({ enum: AGENCY_KINDS }) kind!: AgencyKind;
  @ApiProperty({ type: String, nullable: true, example: 'PE-PIU' }) isoCode!: string | null;
}

export class AgencyResponse extends AgencySummaryResponse implements AgencyDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
}

class AgencyLeaderResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
}

class SharingGroupRefResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AgencyDirectoryEntryResponse extends AgencyResponse implements AgencyDirectoryEntry {
  @ApiProperty({ type: AgencySummaryResponse, nullable: true }) parent!: AgencySummaryResponse | null;
  @ApiProperty() memberCount!: number;
  @ApiProperty({ type: [AgencyLeaderResponse] }) leaders!: AgencyLeaderResponse[];
  @ApiProperty({ type: [SharingGroupRefResponse] }) sharingGroups!: SharingGroupRefResponse[];
}

export class AgencyPageResponse implements Page<AgencyDirectoryEntry> {
  @ApiProperty({ type: [AgencyDirectoryEntryResponse] }) items!: AgencyDirectoryEntryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

class AgencyMemberUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class AgencyMemberResponse implements AgencyMemberDto {
  @ApiProperty({ type: AgencyMemberUserResponse }) user!: AgencyMemberUserResponse;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
}

export class SharingGroupResponse implements SharingGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [AgencySummaryResponse] }) agencies!: AgencySummaryResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
}

export class SharingGroupPageResponse implements Page<SharingGroupDto> {
  @ApiProperty({ type: [SharingGroupResponse] }) items!: SharingGroupResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
