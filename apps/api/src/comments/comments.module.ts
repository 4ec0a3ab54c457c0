import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import {
  AnnouncementCommentEntity,
  CommentBlockedWordEntity,
  CommentBlockEntity,
  CommentFlagEntity,
  CommentSubscriptionEntity,
} from './entities/comment.entity';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Reader comments on announcements, their moderation, flags and reply notifications. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AnnouncementCommentEntity,
      CommentFlagEntity,
      CommentBlockEntity,
      CommentBlockedWordEntity,
      CommentSubscriptionEntity,
    ]),
    NotificationsModule,
  ],
  controllers: [CommentsController, ModerationController],
  providers: [CommentsService, ModerationService],
  exports: [CommentsService],
})
export class CommentsModule {}
