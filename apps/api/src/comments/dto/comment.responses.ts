// OpenAPI shapes of the comment responses, in step with @cumbre/contracts by `implements`.
import { ApiProperty } from '@nestjs/swagger';
import {
  COMMENT_HOLD_REASONS,
  COMMENT_STATUSES,
  type BlockDto,
  type CommentHoldReason,
  type CommentStatus,
  type CommentSubmittedDto,
  type CommentSubscriptionResultDto,
  type ModerationCommentDto,
  type ModerationCountDto,
  type ModerationQueueDto,
  type PublicCommentDto,
} from '@cumbre/contracts';

export class PublicCommentResponse implements PublicCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it' }) text!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() withdrawn!: boolean;
  @ApiProperty({ type: () => [PublicCommentResponse] }) replies!: PublicCommentDto[];
}

export class CommentSubmittedResponse implements CommentSubmittedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['pending', 'approved'] }) status!: 'pending' | 'approved';
  @ApiProperty() confirmationSent!: boolean;
}

export class CommentSubscriptionResultResponse implements CommentSubscriptionResultDto {
  @ApiProperty({ enum: ['confirmed', 'unsubscribed'] }) state!: 'confirmed' | 'unsubscribed';
  @ApiProperty() announcementSlug!: string;
  @ApiProperty() announcementTitle!: string;
}

class CommentAnnouncementRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
}

export class ModerationCommentResponse implements ModerationCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: CommentAnnouncementRef }) announcement!: CommentAnnouncementRef;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() authorName!: string;
  @ApiProperty() authorEmail!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: COMMENT_STATUSES }) status!: CommentStatus;
  @ApiProperty({ enum: COMMENT_HOLD_REASONS, isArray: true }) holdReasons!: CommentHoldReason[];
  @ApiProperty() flagCount!: number;
  @ApiProperty() hiddenByFlags!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class ModerationQueueResponse implements ModerationQueueDto {
  @ApiProperty({ type: [ModerationCommentResponse] }) items!: ModerationCommentDto[];
  @ApiProperty() total!: number;
}

export class ModerationCountResponse implements ModerationCountDto {
  @ApiProperty() pending!: number;
  @ApiProperty() flagged!: number;
  @ApiProperty() total!: number;
}

export class BlockResponse implements BlockDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['email', 'ip'] }) target!: 'email' | 'ip';
  @ApiProperty() value!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
