// OpenAPI shapes of the notes responses. They mirror @cumbre/contracts (which the web app uses);
// the `implements` clauses make the compiler keep both in step.
import { ApiProperty } from '@nestjs/swagger';
import {
  type AgencySummary,
  NOTE_ATTACHMENT_TYPES,
  NOTE_DISTRIBUTIONS,
  NOTE_KINDS,
  NOTE_READ_ACTIONS,
  NOTE_STATUSES,
  type NoteAgencyFacetCount,
  type NoteAttachmentDto,
  type NoteAttachmentType,
  type NoteCommentDto,
  type NoteDistribution,
  type NoteDto,
  type NoteEndorsementsDto,
  type NoteFacetCount,
  type NoteFacetsDto,
  type NoteKind,
  type NotePermissions,
  type NotePlace,
  type NoteReadAction,
  type NoteReadEventDto,
  type NoteRevisionDto,
  type NoteSearchHitDto,
  type NoteSearchResultDto,
  type NoteStatus,
  type NoteSummaryDto,
  type PersonSummary,
  type SharingGroupSummary,
  TLP_LEVELS,
  type TlpLevel,
  type NoteRecipientDto,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';
import { PersonSummaryResponse } from '../../meetings/dto/meeting.responses';

export class NotePlaceResponse implements NotePlace {
  @ApiProperty({ example: 'PE-LAL' }) regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) province!: string | null;
  @ApiProperty({ nullable: true, type: String }) city!: string | null;
}

export class SharingGroupSummaryResponse implements SharingGroupSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class NoteSummaryResponse implements NoteSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTE_KINDS }) kind!: NoteKind;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [NotePlaceResponse] }) places!: NotePlace[];
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) author!: PersonSummary | null;
  @ApiProperty({ type: AgencySummaryResponse }) authorAgency!: AgencySummary;
  @ApiProperty({ enum: NOTE_STATUSES }) status!: NoteStatus;
  @ApiProperty() isPublic!: boolean;
  @ApiProperty({ enum: TLP_LEVELS }) marking!: TlpLevel;
  @ApiProperty({ enum: NOTE_DISTRIBUTIONS }) distribution!: NoteDistribution;
  @ApiProperty({ nullable: true, type: SharingGroupSummaryResponse }) sharingGroup!: SharingGroupSummary | null;
  @ApiProperty() endorsementCount!: number;
  @ApiProperty() commentCount!: number;
  @ApiProperty() attachmentCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sharedAt!: string | null;
  @ApiProperty() version!: number;
}

export class NoteAttachmentResponse implements NoteAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: NOTE_ATTACHMENT_TYPES }) contentType!: NoteAttachmentType;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) uploadedBy!: PersonSummary | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class NotePermissionsResponse implements NotePermissions {
  @ApiProperty() edit!: boolean;
  @ApiProperty() delete!: boolean;
  @ApiProperty() widen!: boolean;
  @ApiProperty() comment!: boolean;
  @ApiProperty({ type: [AgencySummaryResponse] }) endorseAs!: AgencySummary[];
  @ApiProperty() seeReaders!: boolean;
  @ApiProperty() uploadAttachment!: boolean;
}

export class NoteResponse extends NoteSummaryResponse implements NoteDto {
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) bodyHtml!: string;
  @ApiProperty({ type: [PersonSummaryResponse] }) redRecipients!: PersonSummary[];
  @ApiProperty({ type: [NoteAttachmentResponse] }) attachments!: NoteAttachmentDto[];
  @ApiProperty({ type: [AgencySummaryResponse] }) endorsedBy!: AgencySummary[];
  @ApiProperty({ type: NotePermissionsResponse }) permissions!: NotePermissions;
}

export class NoteSearchHitResponse extends NoteSummaryResponse implements NoteSearchHitDto {
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'HTML: escaped text with <mark> around matches' })
  snippet!: string | null;
}

export class NoteFacetCountResponse implements NoteFacetCount {
  @ApiProperty() value!: string;
  @ApiProperty() count!: number;
}

export class NoteAgencyFacetCountResponse implements NoteAgencyFacetCount {
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty() count!: number;
}

export class NoteFacetsResponse implements NoteFacetsDto {
  @ApiProperty({ type: [NoteFacetCountResponse] }) kind!: NoteFacetCount[];
  @ApiProperty({ type: [NoteFacetCountResponse] }) tag!: NoteFacetCount[];
  @ApiProperty({ type: [NoteFacetCountResponse] }) marking!: NoteFacetCount[];
  @ApiProperty({ type: [NoteAgencyFacetCountResponse] }) agency!: NoteAgencyFacetCount[];
}

export class NoteSearchResultResponse implements NoteSearchResultDto {
  @ApiProperty({ type: [NoteSearchHitResponse] }) items!: NoteSearchHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ type: NoteFacetsResponse }) facets!: NoteFacetsDto;
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class NoteCountResponse {
  @ApiProperty() total!: number;
}

export class NoteRevisionResponse implements NoteRevisionDto {
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [NotePlaceResponse] }) places!: NotePlace[];
  @ApiProperty({ enum: NOTE_STATUSES }) status!: NoteStatus;
  @ApiProperty() isPublic!: boolean;
  @ApiProperty({ enum: TLP_LEVELS }) marking!: TlpLevel;
  @ApiProperty({ enum: NOTE_DISTRIBUTIONS }) distribution!: NoteDistribution;
  @ApiProperty({ nullable: true, type: SharingGroupSummaryResponse }) sharingGroup!: SharingGroupSummary | null;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) editedBy!: PersonSummary | null;
  @ApiProperty({ format: 'date-time' }) editedAt!: string;
}

export class NoteCommentResponse implements NoteCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiProperty() bodyHtml!: string;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) author!: PersonSummary | null;
  @ApiProperty({ nullable: true, type: AgencySummaryResponse }) authorAgency!: AgencySummary | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NoteEndorsementsResponse implements NoteEndorsementsDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [AgencySummaryResponse] }) agencies!: AgencySummary[];
}

export class NoteReadEventResponse implements NoteReadEventDto {
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) reader!: PersonSummary | null;
  @ApiProperty({ enum: NOTE_READ_ACTIONS }) action!: NoteReadAction;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
}

export class NoteRecipientResponse implements NoteRecipientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [AgencySummaryResponse], description: 'Where the person is cleared RED' })
  agencies!: AgencySummary[];
}
