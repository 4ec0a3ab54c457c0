// OpenAPI shapes of the announcement responses, kept in step with @cumbre/contracts by `implements`.
import { ApiProperty } from '@nestjs/swagger';
import {
  ANNOUNCEMENT_STATUSES,
  type AnnouncementDto,
  type AnnouncementRevisionDto,
  type AnnouncementStatus,
  type CoverImageDto,
  type CoverImageVariant,
  type Page,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';
import { PersonSummaryResponse } from '../../meetings/dto/meeting.responses';

export class CoverImageVariantResponse implements CoverImageVariant {
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty() url!: string;
}

export class CoverImageResponse implements CoverImageDto {
  @ApiProperty() alt!: string;
  @ApiProperty() url!: string;
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty() srcset!: string;
  @ApiProperty({ type: [CoverImageVariantResponse] }) variants!: CoverImageVariant[];
}

class AnnouncementPermissionsResponse {
  @ApiProperty() edit!: boolean;
}

export class AnnouncementResponse implements AnnouncementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ type: [String] }) oldSlugs!: string[];
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) bodyHtml!: string;
  @ApiProperty({ type: CoverImageResponse, nullable: true }) cover!: CoverImageDto | null;
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummaryResponse;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) meetingId!: string | null;
  @ApiProperty({ enum: ANNOUNCEMENT_STATUSES }) status!: AnnouncementStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revisedAt!: string | null;
  @ApiProperty() revisionCount!: number;
  @ApiProperty({ type: PersonSummaryResponse, nullable: true }) author!: PersonSummaryResponse | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: AnnouncementPermissionsResponse }) can!: AnnouncementPermissionsResponse;
}

export class AnnouncementPageResponse implements Page<AnnouncementDto> {
  @ApiProperty({ type: [AnnouncementResponse] }) items!: AnnouncementDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class AnnouncementRevisionResponse implements AnnouncementRevisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: PersonSummaryResponse, nullable: true }) editedBy!: PersonSummaryResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
