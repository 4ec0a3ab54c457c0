import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import {
  CreatePollRequest,
  PickSlotRequest,
  POLL_ANSWERS,
  POLL_MAX_SLOTS,
  PollAnswerRequest,
  type PollAnswer,
} from '@cumbre/contracts';
import { IsInstant } from '../../common/calendar-date';

export class PollSlotBody {
  @ApiProperty({ example: '2026-12-05T09:00:00-05:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ example: '2026-12-05T17:00:00-05:00' })
  @IsInstant()
  endsAt!: string;
}

export class CreatePollBody implements CreatePollRequest {
  @ApiProperty({ example: '2026-11-30T23:59:00-05:00', description: 'Answers close then; before the first slot' })
  @IsInstant()
  deadline!: string;

  @ApiProperty({ type: [PollSlotBody], minItems: 1, maxItems: POLL_MAX_SLOTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLL_MAX_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => PollSlotBody)
  slots!: PollSlotBody[];
}

export class PollSlotAnswerBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId!: string;

  @ApiProperty({ enum: POLL_ANSWERS })
  @IsIn(POLL_ANSWERS)
  answer!: PollAnswer;
}

export class PollAnswersBody implements PollAnswerRequest {
  @ApiProperty({ format: 'uuid', description: 'The agency answering; the caller must be its leader or staff' })
  @IsUUID('all', { message: 'agencyId must be a UUID' })
  agencyId!: string;

  @ApiProperty({ type: [PollSlotAnswerBody] })
  @IsArray()
  @ArrayMaxSize(POLL_MAX_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => PollSlotAnswerBody)
  answers!: PollSlotAnswerBody[];
}

export class PickSlotBody implements PickSlotRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId!: string;

  @ApiPropertyOptional({ description: 'Needed when an agency said no to the slot or it creates conflicts' })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}
