// OpenAPI shapes of the public site's JSON, in step with @cumbre/contracts by `implements`.
import { ApiProperty } from '@nestjs/swagger';
import type {
  AgencySummary,
  CoverImageDto,
  KeysetPage,
  PublicAgencyDto,
  PublicAnnouncementDto,
  PublicAnnouncementSummaryDto,
  PublicCommentDto,
  PublicMeetingDetailDto,
  PublicMeetingDto,
  PublicRedirectDto,
  VenueDto,
  NotePlace,
  PublicPracticeDto,
  PublicPracticeSummaryDto,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';
import { CoverImageResponse } from '../../announcements/dto/announcement.responses';
import { PublicCommentResponse } from '../../comments/dto/comment.responses';
import { VenueResponse } from '../../meetings/dto/meeting.responses';
import { NotePlaceResponse } from '../../notes/dto/note.responses';

export class PublicMeetingResponse implements PublicMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) descriptionHtml!: string;
  @ApiProperty({ enum: ['scheduled', 'in_progress', 'concluded', 'cancelled'] }) status!: PublicMeetingDto['status'];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startsAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endsAt!: string | null;
  @ApiProperty({ example: 'America/Lima' }) timeZone!: string;
  @ApiProperty({ type: AgencySummaryResponse }) hostAgency!: AgencySummary;
  @ApiProperty({ type: VenueResponse }) venue!: VenueDto;
  @ApiProperty() icsUrl!: string;
  @ApiProperty() agendaPublished!: boolean;
  @ApiProperty({ description: 'Its minutes are published: the public agenda carries the decisions' })
  minutesPublished!: boolean;
}

export class PublicMeetingPageResponse implements KeysetPage<PublicMeetingDto> {
  @ApiProperty({ type: [PublicMeetingResponse] }) items!: PublicMeetingDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class PublicAnnouncementSummaryResponse implements PublicAnnouncementSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revisedAt!: string | null;
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty({ type: CoverImageResponse, nullable: true }) cover!: CoverImageDto | null;
  @ApiProperty() commentCount!: number;
}

export class PublicMeetingDetailResponse extends PublicMeetingResponse implements PublicMeetingDetailDto {
  @ApiProperty({
    type: [PublicAnnouncementSummaryResponse],
    description: 'The newest published announcements about the meeting (up to PUBLIC_MEETING_NEWS)',
  })
  announcements!: PublicAnnouncementSummaryDto[];
}

export class PublicAnnouncementPageResponse implements KeysetPage<PublicAnnouncementSummaryDto> {
  @ApiProperty({ type: [PublicAnnouncementSummaryResponse] }) items!: PublicAnnouncementSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class PublicAnnouncementResponse extends PublicAnnouncementSummaryResponse implements PublicAnnouncementDto {
  @ApiProperty({ description: 'Sanitised HTML' }) bodyHtml!: string;
  @ApiProperty({ type: PublicMeetingResponse, nullable: true }) meeting!: PublicMeetingDto | null;
  @ApiProperty({ type: [PublicCommentResponse] }) comments!: PublicCommentDto[];
  @ApiProperty({ example: '/anuncios/convocatoria-cumbre' }) path!: string;
}

export class PublicRedirectResponse implements PublicRedirectDto {
  @ApiProperty() slug!: string;
  @ApiProperty() location!: string;
}

class FeedLinks {
  @ApiProperty() rss!: string;
  @ApiProperty() atom!: string;
}

export class PublicAgencyResponse extends AgencySummaryResponse implements PublicAgencyDto {
  @ApiProperty({ type: AgencySummaryResponse, nullable: true }) parent!: AgencySummary | null;
  @ApiProperty({ type: PublicAnnouncementPageResponse }) announcements!: KeysetPage<PublicAnnouncementSummaryDto>;
  @ApiProperty({ type: [PublicMeetingResponse] }) upcomingMeetings!: PublicMeetingDto[];
  @ApiProperty({ type: FeedLinks }) feeds!: FeedLinks;
}

export class PublicPracticeSummaryResponse implements PublicPracticeSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [NotePlaceResponse] }) places!: NotePlace[];
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty({ format: 'date-time' }) sharedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PublicPracticePageResponse implements KeysetPage<PublicPracticeSummaryDto> {
  @ApiProperty({ type: [PublicPracticeSummaryResponse] }) items!: PublicPracticeSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class PublicPracticeResponse extends PublicPracticeSummaryResponse implements PublicPracticeDto {
  @ApiProperty({ description: 'Sanitised HTML' }) bodyHtml!: string;
  @ApiProperty() endorsementCount!: number;
}
