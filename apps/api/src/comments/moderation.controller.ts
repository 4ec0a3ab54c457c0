import { Body, Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { BlockDto, ModerationCommentDto, ModerationCountDto, ModerationQueueDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';
import { RoleRefusal, Roles } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { BlockCommenterBody, BlockedWordBody, ModerateCommentBody, ModerationQueueQuery } from './dto/comment.requests';
import {
  BlockResponse,
  ModerationCommentResponse,
  ModerationCountResponse,
  ModerationQueueResponse,
} from './dto/comment.responses';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@ApiSignedIn()
@RoleRefusal('moderation.forbidden')
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Roles('moderator', 'admin')
  @Get('comments')
  @ApiRoute('The moderation queue, oldest first: held comments and comments hidden by flags', {
    200: ModerationQueueResponse,
    400: BAD_QUERY,
  })
  queue(@Query() query: ModerationQueueQuery): Promise<ModerationQueueDto> {
    return this.moderation.queue(query);
  }

  @Roles('moderator', 'admin')
  @Get('comments/count')
  @ApiRoute('How many comments wait (for the badge in the navigation)', { 200: ModerationCountResponse })
  count(): Promise<ModerationCountDto> {
    return this.moderation.count();
  }

  @Roles('moderator', 'admin')
  @Post('comments/:id/decision')
  @HttpCode(200)
  @ApiRoute('Approve, reject or mark a comment as spam; send its version', {
    200: ModerationCommentResponse,
    400: BAD_ID,
    404: true,
    409: 'Stale version',
  })
  decide(
    @Param('id', uuidParam()) id: string,
    @Body() body: ModerateCommentBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<ModerationCommentDto> {
    return this.moderation.decide(id, body, user, origin);
  }

  @Roles('moderator', 'admin')
  @Get('blocks')
  @ApiRoute('Blocked addresses and networks, newest first', { 200: [BlockResponse] })
  blocks(): Promise<BlockDto[]> {
    return this.moderation.blocks();
  }

  @Roles('moderator', 'admin')
  @Post('blocks')
  @ApiRoute('Block the address or the network a comment came from', {
    201: BlockResponse,
    400: 'Invalid field',
    404: true,
  })
  block(
    @Body() body: BlockCommenterBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<BlockDto> {
    return this.moderation.block(body, user, origin);
  }

  @Roles('moderator', 'admin')
  @Delete('blocks/:id')
  @HttpCode(204)
  @ApiRoute('Lift a block', { 204: true, 400: BAD_ID, 404: true })
  async unblock(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.moderation.unblock(id, user, origin);
  }

  @Roles('moderator', 'admin')
  @Get('blocked-words')
  @ApiRoute('Words that hold a comment for moderation', {
    200: { schema: { type: 'array', items: { type: 'string' } } },
  })
  words(): Promise<string[]> {
    return this.moderation.words();
  }

  @Roles('moderator', 'admin')
  @Post('blocked-words')
  @HttpCode(200)
  @ApiRoute('Add a word to the blocklist', {
    200: { schema: { type: 'array', items: { type: 'string' } } },
    400: 'Invalid field',
    409: 'Already on the list',
  })
  addWord(
    @Body() body: BlockedWordBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<string[]> {
    return this.moderation.addWord(body.word, user, origin);
  }

  @Roles('moderator', 'admin')
  @Delete('blocked-words/:word')
  @ApiRoute('Take a word off the blocklist', {
    200: { schema: { type: 'array', items: { type: 'string' } } },
    404: true,
  })
  removeWord(
    @Param('word') word: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<string[]> {
    return this.moderation.removeWord(word, user, origin);
  }
}
