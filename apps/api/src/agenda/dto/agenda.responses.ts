// OpenAPI shapes of the agenda responses; `implements` keeps them in step with @cumbre/contracts.
import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_ITEM_STATUSES,
  AGENDA_ITEM_KINDS,
  AGENDA_PROPOSAL_STATUSES,
  AGENDA_STATUSES,
  type ActionItemDetailDto,
  type ActionItemDto,
  type ActionPlanItemDto,
  type ActionItemEventDto,
  type ActionItemStatus,
  type AgencySummary,
  type AgendaDiffDto,
  type AgendaDiffEdit,
  type AgendaDiffEntry,
  type AgendaDiffMove,
  type AgendaDiffRetime,
  type AgendaDiffTime,
  type AgendaDto,
  type AgendaItemDto,
  type AgendaItemKind,
  type AgendaItemMinutesDto,
  type AgendaPermissions,
  type AgendaProposalDto,
  type AgendaProposalStatus,
  type AgendaStatus,
  type AgendaVersionDto,
  type AgendaVersionSummaryDto,
  type DecisionDto,
  type Page,
  type PersonSummary,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';
import { PersonSummaryResponse } from '../../meetings/dto/meeting.responses';

const nullableString = { nullable: true, type: String } as const;
const nullableInstant = { nullable: true, type: String, format: 'date-time' } as const;

export class ActionItemResponse implements ActionItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() meetingTitle!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemTitle!: string;
  @ApiProperty() what!: string;
  @ApiProperty({ type: AgencySummaryResponse }) ownerAgency!: AgencySummary;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) owner!: PersonSummary | null;
  @ApiProperty({ format: 'date', example: '2027-01-31' }) dueDate!: string;
  @ApiProperty({ enum: ACTION_ITEM_STATUSES }) status!: ActionItemStatus;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ActionItemEventResponse implements ActionItemEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['created', 'status', 'comment'] }) kind!: 'created' | 'status' | 'comment';
  @ApiProperty({ nullable: true, enum: ACTION_ITEM_STATUSES }) fromStatus!: ActionItemStatus | null;
  @ApiProperty({ nullable: true, enum: ACTION_ITEM_STATUSES }) toStatus!: ActionItemStatus | null;
  @ApiProperty(nullableString) comment!: string | null;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) actor!: PersonSummary | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ActionPlanItemResponse extends ActionItemResponse implements ActionPlanItemDto {
  @ApiProperty({
    description:
      "The caller may change its status and comment on it (its owner agency's leaders and staff, the meeting's convener, an admin)",
  })
  canUpdate!: boolean;
}

export class ActionItemDetailResponse extends ActionPlanItemResponse implements ActionItemDetailDto {
  @ApiProperty({ type: [ActionItemEventResponse] }) history!: ActionItemEventDto[];
}

export class ActionItemPageResponse implements Page<ActionPlanItemDto> {
  @ApiProperty({ type: [ActionPlanItemResponse] }) items!: ActionPlanItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class DecisionResponse implements DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [AgencySummaryResponse] }) endorsedBy!: AgencySummary[];
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) createdBy!: PersonSummary | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class AgendaItemMinutesResponse implements AgendaItemMinutesDto {
  @ApiProperty({ description: 'Markdown' }) notes!: string;
  @ApiProperty({ description: 'The notes rendered to sanitised HTML' }) notesHtml!: string;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) updatedBy!: PersonSummary | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class AgendaProposalResponse implements AgendaProposalDto {
  @ApiProperty({ enum: AGENDA_PROPOSAL_STATUSES }) status!: AgendaProposalStatus;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) proposedBy!: PersonSummary | null;
  @ApiProperty({ nullable: true, type: AgencySummaryResponse }) proposedByAgency!: AgencySummary | null;
  @ApiProperty(nullableString) rejectionReason!: string | null;
}

class AgendaSnapshotItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId!: string | null;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Markdown' }) description!: string;
  @ApiProperty({ description: 'The description rendered to sanitised HTML' }) descriptionHtml!: string;
  @ApiProperty({ nullable: true, type: AgencySummaryResponse }) presenterAgency!: AgencySummary | null;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) presenter!: PersonSummary | null;
  @ApiProperty({ minimum: 1, maximum: 1440 }) plannedMinutes!: number;
  @ApiProperty({ enum: [1, 2] }) depth!: 1 | 2;
  @ApiProperty(nullableInstant) plannedStart!: string | null;
  @ApiProperty(nullableInstant) plannedEnd!: string | null;
  @ApiProperty() offsetMinutes!: number;
  @ApiProperty() durationMinutes!: number;
}

export class AgendaVersionItemResponse extends AgendaSnapshotItemResponse {
  @ApiProperty() position!: number;
}

export class AgendaItemResponse extends AgendaSnapshotItemResponse implements AgendaItemDto {
  @ApiProperty({ nullable: true, type: Number, description: 'null for proposals' }) position!: number | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: AgendaProposalResponse }) proposal!: AgendaProposalDto;
  @ApiProperty({ nullable: true, type: AgendaItemMinutesResponse }) minutes!: AgendaItemMinutesDto | null;
  @ApiProperty({ type: [DecisionResponse] }) decisions!: DecisionDto[];
  @ApiProperty({ type: [ActionItemResponse] }) actionItems!: ActionItemDto[];
}

export class AgendaPermissionsResponse implements AgendaPermissions {
  @ApiProperty() edit!: boolean;
  @ApiProperty({ type: [String] }) proposeFor!: string[];
  @ApiProperty() decide!: boolean;
  @ApiProperty() publish!: boolean;
  @ApiProperty() recordMinutes!: boolean;
  @ApiProperty() nameSecretary!: boolean;
  @ApiProperty() linkNotes!: boolean;
}

export class AgendaResponse implements AgendaDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ description: 'Send it back to publish; 0 before the first write' }) version!: number;
  @ApiProperty({ enum: AGENDA_STATUSES }) status!: AgendaStatus;
  @ApiProperty({ nullable: true, type: Number }) publishedVersion!: number | null;
  @ApiProperty() nextVersion!: number;
  @ApiProperty({ example: 'America/Lima' }) timeZone!: string;
  @ApiProperty(nullableInstant) meetingStartsAt!: string | null;
  @ApiProperty(nullableInstant) meetingEndsAt!: string | null;
  @ApiProperty() totalMinutes!: number;
  @ApiProperty() overrunMinutes!: number;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) secretary!: PersonSummary | null;
  @ApiProperty(nullableInstant) minutesPublishedAt!: string | null;
  @ApiProperty({ type: [AgendaItemResponse] }) items!: AgendaItemDto[];
  @ApiProperty({ type: [AgendaItemResponse] }) proposals!: AgendaItemDto[];
  @ApiProperty({ type: AgendaPermissionsResponse }) can!: AgendaPermissions;
}

export class AgendaVersionSummaryResponse implements AgendaVersionSummaryDto {
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ nullable: true, type: PersonSummaryResponse }) publishedBy!: PersonSummary | null;
}

export class AgendaVersionResponse extends AgendaVersionSummaryResponse implements AgendaVersionDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty(nullableInstant) meetingStartsAt!: string | null;
  @ApiProperty(nullableInstant) meetingEndsAt!: string | null;
  @ApiProperty() totalMinutes!: number;
  @ApiProperty() overrunMinutes!: number;
  @ApiProperty({ type: [AgendaVersionItemResponse] }) items!: AgendaVersionDto['items'];
}

class DiffEntryResponse implements AgendaDiffEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

class DiffMoveResponse extends DiffEntryResponse implements AgendaDiffMove {
  @ApiProperty({ nullable: true, type: String }) fromParentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) toParentId!: string | null;
}

class DiffTimeResponse implements AgendaDiffTime {
  @ApiProperty() offsetMinutes!: number;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: "From that version's own meeting start; null while it had none",
  })
  plannedStart!: string | null;
}

class DiffRetimeResponse extends DiffEntryResponse implements AgendaDiffRetime {
  @ApiProperty({ type: DiffTimeResponse }) from!: DiffTimeResponse;
  @ApiProperty({ type: DiffTimeResponse }) to!: DiffTimeResponse;
}

class DiffEditResponse extends DiffEntryResponse implements AgendaDiffEdit {
  @ApiProperty({ type: [String] }) fields!: string[];
}

export class AgendaDiffResponse implements AgendaDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null: the live draft' }) to!: number | null;
  @ApiProperty({ type: [DiffEntryResponse] }) added!: AgendaDiffEntry[];
  @ApiProperty({ type: [DiffEntryResponse] }) removed!: AgendaDiffEntry[];
  @ApiProperty({ type: [DiffMoveResponse] }) moved!: AgendaDiffMove[];
  @ApiProperty({ type: [DiffRetimeResponse] }) retimed!: AgendaDiffRetime[];
  @ApiProperty({ type: [DiffEditResponse] }) edited!: AgendaDiffEdit[];
}
