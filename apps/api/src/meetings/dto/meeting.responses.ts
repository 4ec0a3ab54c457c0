// OpenAPI shapes of the responses. They mirror @cumbre/contracts (which the web app uses); the
// `implements` clauses make the compiler keep both in step.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiErrorResponse } from '../../common/api-error.response';
import {
  type AgencySummary,
  type ConflictDto,
  type ConflictErrorBody,
  type InvitationDto,
  MEETING_STATUSES,
  MEETING_VISIBILITIES,
  type MeetingDto,
  type MeetingStatus,
  type MeetingSummaryDto,
  type MeetingVisibility,
  type Page,
  type PersonSummary,
  type PollDto,
  type PollPickErrorBody,
  type PollResponseDto,
  type PollSlotDto,
  RSVP_STATUSES,
  type RsvpStatus,
  type VenueDto,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';

export class PersonSummaryResponse implements PersonSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class VenueResponse implements VenueDto {
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) city!: string | null;
}

export class InvitationResponse implements InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty({ enum: RSVP_STATUSES }) rsvp!: RsvpStatus;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) respondedAt!: string | null;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) respondedBy!: PersonSummary | null;
  @ApiProperty({ type: [PersonSummaryResponse] }) delegates!: PersonSummary[];
}

export class MeetingSummaryResponse implements MeetingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ enum: MEETING_VISIBILITIES }) visibility!: MeetingVisibility;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startsAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endsAt!: string | null;
  @ApiProperty({ example: 'America/Lima' }) timeZone!: string;
  @ApiProperty({ type: AgencySummaryResponse }) hostAgency!: AgencySummary;
  @ApiProperty({ type: VenueResponse }) venue!: VenueDto;
  @ApiProperty({ nullable: true, type: String }) onlineUrl!: string | null;
  @ApiProperty({ nullable: true, enum: RSVP_STATUSES }) myRsvp!: RsvpStatus | null;
}

export class MeetingCapabilitiesResponse {
  @ApiProperty() edit!: boolean;
  @ApiProperty() invite!: boolean;
  @ApiProperty({ type: [String], description: 'Agencies the caller may answer for' }) rsvpFor!: string[];
  @ApiProperty() runPoll!: boolean;
}

export class MeetingResponse extends MeetingSummaryResponse implements MeetingDto {
  @ApiProperty() description!: string;
  @ApiProperty({ type: PersonSummaryResponse }) convener!: PersonSummary;
  @ApiProperty({ nullable: true, type: String }) cancellationReason!: string | null;
  @ApiProperty({ description: 'iCalendar SEQUENCE' }) sequence!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Whether a date poll exists (open or closed)' }) hasPoll!: boolean;
  @ApiProperty({ type: [InvitationResponse] }) invitations!: InvitationDto[];
  @ApiProperty({ type: MeetingCapabilitiesResponse }) can!: MeetingDto['can'];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MeetingPageResponse implements Page<MeetingSummaryDto> {
  @ApiProperty({ type: [MeetingSummaryResponse] }) items!: MeetingSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class ConflictResponse implements ConflictDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ nullable: true, type: AgencySummaryResponse }) sharedHost!: AgencySummary | null;
  @ApiProperty({ type: [PersonSummaryResponse] }) sharedDelegates!: PersonSummary[];
  @ApiProperty({ description: 'False when the caller may not see that meeting (title withheld)' }) visible!: boolean;
}

export class ConflictErrorResponse extends ApiErrorResponse implements ConflictErrorBody {
  @ApiProperty({ enum: [409] }) declare statusCode: 409;
  @ApiProperty({ type: [ConflictResponse] }) conflicts!: ConflictDto[];
}

export class PollPickErrorResponse extends ConflictErrorResponse implements PollPickErrorBody {
  @ApiProperty({ type: [AgencySummaryResponse] }) refusedBy!: AgencySummary[];
}

export class PollTallyResponse {
  @ApiProperty() yes!: number;
  @ApiProperty() if_need_be!: number;
  @ApiProperty() no!: number;
}

export class PollSlotResponse implements PollSlotDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: PollTallyResponse }) tally!: PollSlotDto['tally'];
  @ApiProperty({ type: [AgencySummaryResponse] }) refusedBy!: AgencySummary[];
}

export class PollAgencyResponse implements PollResponseDto {
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: ['yes', 'if_need_be', 'no'] } })
  answers!: PollResponseDto['answers'];
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) answeredBy!: PersonSummary | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answeredAt!: string | null;
}

export class PollResponse implements PollDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ description: 'Past the deadline or a slot was picked: answers are closed' }) closed!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) chosenSlotId!: string | null;
  @ApiProperty({ type: [PollSlotResponse] }) slots!: PollSlotDto[];
  @ApiProperty({ type: [PollAgencyResponse] }) responses!: PollResponseDto[];
  @ApiProperty({ type: [AgencySummaryResponse] }) pending!: AgencySummary[];
}
