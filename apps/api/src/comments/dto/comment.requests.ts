import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  BLOCKED_WORD_MAX_LENGTH,
  COMMENT_EMAIL_MAX_LENGTH,
  COMMENT_FLAG_NOTE_MAX_LENGTH,
  COMMENT_FLAG_REASONS,
  COMMENT_NAME_MAX_LENGTH,
  COMMENT_TEXT_MAX_LENGTH,
  MODERATION_ACTIONS,
  type BlockCommenterRequest,
  type BlockedWordRequest,
  type CommentFlagReason,
  type CreateCommentRequest,
  type FlagCommentRequest,
  type ModerateCommentRequest,
  type ModerationAction,
} from '@cumbre/contracts';
import { BasedOnVersion, Trim } from '../../common/validation';

export class CreateCommentBody implements CreateCommentRequest {
  @ApiProperty({ maxLength: COMMENT_NAME_MAX_LENGTH, example: 'Rosa Quispe' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ maxLength: COMMENT_EMAIL_MAX_LENGTH, description: 'Never published' })
  @Trim()
  @IsString()
  @MaxLength(COMMENT_EMAIL_MAX_LENGTH)
  @IsEmail()
  email!: string;

  @ApiProperty({ maxLength: COMMENT_TEXT_MAX_LENGTH, description: 'Plain text' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_TEXT_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  notifyReplies?: boolean;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class FlagCommentBody implements FlagCommentRequest {
  @ApiProperty({ enum: COMMENT_FLAG_REASONS })
  @IsIn(COMMENT_FLAG_REASONS)
  reason!: CommentFlagReason;

  @ApiPropertyOptional({ maxLength: COMMENT_FLAG_NOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_FLAG_NOTE_MAX_LENGTH)
  note?: string;
}

export class SubscriptionTokenQuery {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;
}

export class ModerationQueueQuery {
  @ApiPropertyOptional({ enum: ['pending', 'flagged', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['pending', 'flagged', 'all'])
  queue?: 'pending' | 'flagged' | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class ModerateCommentBody implements ModerateCommentRequest {
  @ApiProperty({ enum: MODERATION_ACTIONS })
  @IsIn(MODERATION_ACTIONS)
  action!: ModerationAction;

  @BasedOnVersion()
  version!: number;
}

export class BlockCommenterBody implements BlockCommenterRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Block where this comment came from (or send value)' })
  @IsOptional()
  @IsUUID()
  commentId?: string;

  @ApiPropertyOptional({
    maxLength: COMMENT_EMAIL_MAX_LENGTH,
    description: 'An e-mail address or an IP address to block',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(COMMENT_EMAIL_MAX_LENGTH)
  value?: string;

  @ApiProperty({ enum: ['email', 'ip'] })
  @IsIn(['email', 'ip'])
  target!: 'email' | 'ip';
}

export class BlockedWordBody implements BlockedWordRequest {
  @ApiProperty({ maxLength: BLOCKED_WORD_MAX_LENGTH })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(BLOCKED_WORD_MAX_LENGTH)
  word!: string;
}
