import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  AGENDA_DESCRIPTION_MAX_LENGTH,
  AGENDA_ITEM_KINDS,
  AGENDA_MAX_PLANNED_MINUTES,
  AGENDA_MIN_PLANNED_MINUTES,
  AGENDA_NOTES_MAX_LENGTH,
  AGENDA_REASON_MAX_LENGTH,
  AGENDA_TITLE_MAX_LENGTH,
  type AcceptAgendaItemRequest,
  type AgendaItemKind,
  type CreateAgendaItemRequest,
  type CreateDecisionRequest,
  DECISION_TEXT_MAX_LENGTH,
  type MoveAgendaItemRequest,
  type PublishAgendaRequest,
  type RejectAgendaItemRequest,
  type SaveMinutesRequest,
  type SetSecretaryRequest,
  type UpdateAgendaItemRequest,
} from '@cumbre/contracts';
import { OptionalNotNull, Trim } from '../../common/validation';
import { IsPlannedMinutes } from './validators';

class VersionBody {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(0)
  version!: number;
}

export class CreateAgendaItemBody implements CreateAgendaItemRequest {
  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  @IsIn(AGENDA_ITEM_KINDS)
  kind!: AgendaItemKind;

  @ApiProperty({ maxLength: AGENDA_TITLE_MAX_LENGTH, example: 'Apertura de la cumbre' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AGENDA_TITLE_MAX_LENGTH)
  title!: string;

  @ApiPropertyOptional({ maxLength: AGENDA_DESCRIPTION_MAX_LENGTH, description: 'Markdown' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(AGENDA_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'A top-level entry of this agenda' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ minimum: 0, description: 'Among the siblings; the end when left out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  presenterAgencyId?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'A member of presenterAgencyId' })
  @IsOptional()
  @IsUUID()
  presenterUserId?: string | null;

  @ApiProperty({ minimum: AGENDA_MIN_PLANNED_MINUTES, maximum: AGENDA_MAX_PLANNED_MINUTES, example: 20 })
  @IsPlannedMinutes()
  plannedMinutes!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'For a proposal: the invited agency it is made for' })
  @IsOptional()
  @IsUUID()
  proposeForAgencyId?: string;
}

export class UpdateAgendaItemBody extends VersionBody implements UpdateAgendaItemRequest {
  @ApiPropertyOptional({ enum: AGENDA_ITEM_KINDS })
  @OptionalNotNull()
  @IsIn(AGENDA_ITEM_KINDS)
  kind?: AgendaItemKind;

  @ApiPropertyOptional({ maxLength: AGENDA_TITLE_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AGENDA_TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ maxLength: AGENDA_DESCRIPTION_MAX_LENGTH, description: 'Markdown' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(AGENDA_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  presenterAgencyId?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  presenterUserId?: string | null;

  @ApiPropertyOptional({ minimum: AGENDA_MIN_PLANNED_MINUTES, maximum: AGENDA_MAX_PLANNED_MINUTES })
  @OptionalNotNull()
  @IsPlannedMinutes()
  plannedMinutes?: number;
}

export class MoveAgendaItemBody extends VersionBody implements MoveAgendaItemRequest {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null for the top level' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId!: string | null;

  @ApiProperty({ minimum: 0, description: 'Among the new siblings; past the end means at the end' })
  @IsInt()
  @Min(0)
  position!: number;
}

export class AcceptAgendaItemBody extends MoveAgendaItemBody implements AcceptAgendaItemRequest {}

export class RejectAgendaItemBody extends VersionBody implements RejectAgendaItemRequest {
  @ApiProperty({ maxLength: AGENDA_REASON_MAX_LENGTH, description: 'Shown to the proposing agency' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AGENDA_REASON_MAX_LENGTH)
  reason!: string;
}

export class DeleteAgendaItemQuery {
  @ApiProperty({ description: 'The item version the deletion is based on' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version!: number;
}

export class PublishAgendaBody extends VersionBody implements PublishAgendaRequest {}

export class SetSecretaryBody extends VersionBody implements SetSecretaryRequest {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null to remove the secretary' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  userId!: string | null;
}

export class SaveMinutesBody extends VersionBody implements SaveMinutesRequest {
  @ApiProperty({ maxLength: AGENDA_NOTES_MAX_LENGTH, description: 'Markdown' })
  @IsString()
  @MaxLength(AGENDA_NOTES_MAX_LENGTH)
  notes!: string;
}

export class CreateDecisionBody implements CreateDecisionRequest {
  @ApiProperty({ maxLength: DECISION_TEXT_MAX_LENGTH })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DECISION_TEXT_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  endorsedAgencyIds?: string[];
}

export class DiffQuery {
  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Left out: the live draft' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to?: number;
}

export class AgendaPdfQuery {
  @ApiPropertyOptional({
    minimum: 1,
    description: 'Left out: the latest published version (the public gets only that one)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
