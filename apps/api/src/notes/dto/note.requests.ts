import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  type CreateNoteCommentRequest,
  type CreateNoteRequest,
  ISO_3166_2_PATTERN,
  type LinkNoteRequest,
  NOTE_BODY_MAX_LENGTH,
  NOTE_COMMENT_MAX_LENGTH,
  NOTE_DISTRIBUTIONS,
  NOTE_KINDS,
  NOTE_MAX_PLACES,
  NOTE_MAX_RED_RECIPIENTS,
  NOTE_MAX_TAGS,
  NOTE_PLACE_NAME_MAX_LENGTH,
  NOTE_RECIPIENTS_MAX_LIMIT,
  NOTE_RECIPIENTS_QUERY_MAX_LENGTH,
  type NoteRecipientQuery,
  NOTE_SEARCH_MAX_LIMIT,
  NOTE_STATUSES,
  NOTE_SUMMARY_MAX_LENGTH,
  NOTE_TAG_MAX_LENGTH,
  NOTE_TITLE_MAX_LENGTH,
  type NoteDistribution,
  type NoteKind,
  type NotePlace,
  type NoteSearchQuery,
  type NoteStatus,
  TLP_LEVELS,
  type TlpLevel,
  type UpdateNoteRequest,
} from '@cumbre/contracts';
import { OptionalNotNull, Trim } from '../../common/validation';

const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;
/** Tags are compared and filtered lower-case and trimmed. */
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : t)) : value;

export class NotePlaceBody implements NotePlace {
  @ApiProperty({ example: 'PE-LAL', description: 'ISO 3166-2 region code' })
  @IsString()
  @Matches(ISO_3166_2_PATTERN)
  regionCode!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Trujillo' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(NOTE_PLACE_NAME_MAX_LENGTH)
  province!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Trujillo' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(NOTE_PLACE_NAME_MAX_LENGTH)
  city!: string | null;
}

/** The fields a create and an edit share. */
abstract class NoteContentFields {
  @ApiPropertyOptional({ maxLength: NOTE_SUMMARY_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(NOTE_SUMMARY_MAX_LENGTH)
  summary?: string;

  @ApiPropertyOptional({ type: [String], maxItems: NOTE_MAX_TAGS })
  @OptionalNotNull()
  @Transform(normaliseTags)
  @IsArray()
  @ArrayMaxSize(NOTE_MAX_TAGS)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(NOTE_TAG_MAX_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [NotePlaceBody], maxItems: NOTE_MAX_PLACES })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(NOTE_MAX_PLACES)
  @ValidateNested({ each: true })
  @Type(() => NotePlaceBody)
  places?: NotePlaceBody[];

  @ApiPropertyOptional({ description: 'Best practice only; needs the author agency leader' })
  @OptionalNotNull()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ enum: TLP_LEVELS })
  @OptionalNotNull()
  @IsIn(TLP_LEVELS)
  marking?: TlpLevel;

  @ApiPropertyOptional({ enum: NOTE_DISTRIBUTIONS })
  @OptionalNotNull()
  @IsIn(NOTE_DISTRIBUTIONS)
  distribution?: NoteDistribution;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sharingGroupId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: NOTE_MAX_RED_RECIPIENTS })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(NOTE_MAX_RED_RECIPIENTS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  redRecipientIds?: string[];
}

export class CreateNoteBody extends NoteContentFields implements CreateNoteRequest {
  @ApiProperty({ enum: NOTE_KINDS })
  @IsIn(NOTE_KINDS)
  kind!: NoteKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  authorAgencyId!: string;

  @ApiProperty({ maxLength: NOTE_TITLE_MAX_LENGTH, example: 'Central telefónica contra la extorsión' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ maxLength: NOTE_BODY_MAX_LENGTH, description: 'Markdown' })
  @IsString()
  @MaxLength(NOTE_BODY_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({ enum: ['draft', 'shared'], default: 'draft' })
  @OptionalNotNull()
  @IsIn(['draft', 'shared'])
  status?: 'draft' | 'shared';
}

export class UpdateNoteBody extends NoteContentFields implements UpdateNoteRequest {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiPropertyOptional({ maxLength: NOTE_TITLE_MAX_LENGTH })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ maxLength: NOTE_BODY_MAX_LENGTH, description: 'Markdown' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(NOTE_BODY_MAX_LENGTH)
  body?: string;

  @ApiPropertyOptional({ enum: NOTE_STATUSES })
  @OptionalNotNull()
  @IsIn(NOTE_STATUSES)
  status?: NoteStatus;
}

export class NoteSearchQueryDto implements NoteSearchQuery {
  @ApiPropertyOptional({ description: 'Words, "a phrase", -excluded, or (websearch syntax)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: NOTE_KINDS })
  @IsOptional()
  @IsIn(NOTE_KINDS)
  kind?: NoteKind;

  @ApiPropertyOptional({ maxLength: NOTE_TAG_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_TAG_MAX_LENGTH)
  tag?: string;

  @ApiPropertyOptional({
    description: 'A region code (PE-LAL) or a province or city name',
    maxLength: NOTE_PLACE_NAME_MAX_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_PLACE_NAME_MAX_LENGTH)
  place?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The author agency' })
  @IsOptional()
  @IsUUID()
  agency?: string;

  @ApiPropertyOptional({ enum: TLP_LEVELS })
  @IsOptional()
  @IsIn(TLP_LEVELS)
  marking?: TlpLevel;

  @ApiPropertyOptional({ enum: NOTE_STATUSES })
  @IsOptional()
  @IsIn(NOTE_STATUSES)
  status?: NoteStatus;

  @ApiPropertyOptional({ format: 'date', description: 'Updated on or after this day (Lima)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Updated on or before this day (Lima)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: NOTE_SEARCH_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(NOTE_SEARCH_MAX_LIMIT)
  limit?: number;
}

export class CreateNoteCommentBody implements CreateNoteCommentRequest {
  @ApiProperty({ maxLength: NOTE_COMMENT_MAX_LENGTH, description: 'Markdown' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_COMMENT_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsUUID()
  agencyId?: string;
}

export class LinkNoteBody implements LinkNoteRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  noteId!: string;
}

export class NoteRecipientQueryDto implements NoteRecipientQuery {
  @ApiPropertyOptional({
    description: 'Part of the name (any case, accents or not)',
    maxLength: NOTE_RECIPIENTS_QUERY_MAX_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_RECIPIENTS_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: NOTE_RECIPIENTS_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(NOTE_RECIPIENTS_MAX_LIMIT)
  limit?: number;
}
