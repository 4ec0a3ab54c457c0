import { Body, Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { PublicPost } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { CommentSubmittedDto, CommentSubscriptionResultDto } from '@cumbre/contracts';
import { Origin } from '../common/auth-user';
import type { RequestOrigin } from '../common/auth-user';
import { ApiRoute } from '../common/openapi';
import { Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { CommentsService } from './comments.service';
import { CreateCommentBody, FlagCommentBody, SubscriptionTokenQuery } from './dto/comment.requests';
import { CommentSubmittedResponse, CommentSubscriptionResultResponse } from './dto/comment.responses';

/** What readers do without signing in. Bodies here are small: see PUBLIC_BODY_LIMIT_BYTES. */
@ApiTags('public')
@Controller('public')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @PublicPost('announcements/:slug/comments')
  @ApiRoute('Comment on (or reply under a comment of) a published announcement; held comments answer `pending`', {
    201: CommentSubmittedResponse,
    400: 'Invalid field, honeypot filled, reply to a reply, unknown parent',
    403: 'The address or network is blocked',
    404: 'No published announcement with that slug',
    409: 'The announcement is withdrawn',
  })
  submit(
    @Param('slug') slug: string,
    @Body() body: CreateCommentBody,
    @Origin() origin: RequestOrigin,
  ): Promise<CommentSubmittedDto> {
    return this.comments.submit(slug, body, origin);
  }

  @PublicPost('comments/:id/flags')
  @HttpCode(204)
  @ApiRoute('Report a comment; three distinct readers hide it until a moderator reviews it', {
    204: true,
    400: 'Invalid reason',
    404: 'No visible comment with that id',
    409: 'This reader already reported it',
  })
  async flag(
    @Param('id', uuidParam()) id: string,
    @Body() body: FlagCommentBody,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.comments.flag(id, body, origin);
  }

  @Public()
  @Get('comment-subscriptions/confirm')
  @ApiRoute('Confirm reply notifications (the link of the confirmation e-mail)', {
    200: CommentSubscriptionResultResponse,
    400: 'Unknown or used link',
  })
  confirm(@Query() query: SubscriptionTokenQuery): Promise<CommentSubscriptionResultDto> {
    return this.comments.confirmSubscription(query.token);
  }

  @Public()
  @Get('comment-subscriptions/unsubscribe')
  @ApiRoute('Stop reply notifications (the link of every notification)', {
    200: CommentSubscriptionResultResponse,
    400: 'Unknown link',
  })
  unsubscribe(@Query() query: SubscriptionTokenQuery): Promise<CommentSubscriptionResultDto> {
    return this.comments.unsubscribe(query.token);
  }

  @PublicPost('comment-subscriptions/unsubscribe')
  @HttpCode(200)
  @ApiRoute('One-click unsubscribe (RFC 8058 List-Unsubscribe-Post)', {
    200: CommentSubscriptionResultResponse,
    400: 'Unknown link',
  })
  unsubscribeOneClick(@Query() query: SubscriptionTokenQuery): Promise<CommentSubscriptionResultDto> {
    return this.comments.unsubscribe(query.token);
  }
}
