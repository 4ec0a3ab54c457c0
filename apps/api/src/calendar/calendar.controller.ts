import { Controller, Delete, Get, Header, Headers, Param, Res } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import type { FastifyReply } from 'fastify';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CalendarFeedDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated, Public } from '../common/policy.decorators';
import { CalendarFeedService } from './calendar-feed.service';
import type { FeedAnswer } from './feed-cache';

class CalendarFeedResponse implements CalendarFeedDto {
  @ApiProperty({ nullable: true, type: String, description: 'Only when created or rotated' }) url!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) createdAt!: string | null;
  @ApiProperty() active!: boolean;
}

const ICS = 'text/calendar; charset=utf-8';

/** Validators on every answer, so that polling calendar apps can ask conditionally next time. */
function send(reply: FastifyReply, answer: FeedAnswer): string {
  reply.header('ETag', answer.etag).header('Last-Modified', answer.lastModified);
  if (answer.notModified) {
    reply.status(304);
    return '';
  }
  return answer.body as string;
}

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Authenticated()
  @Get('feed')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiUnauthorizedResponse()
  @ApiOperation({ summary: 'Whether I have a calendar feed (its URL is not shown again)' })
  @ApiOkResponse({ type: CalendarFeedResponse })
  state(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.feeds.state(user);
  }

  @Authenticated()
  @Post('feed')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiUnauthorizedResponse()
  @ApiOperation({ summary: 'Create my calendar feed, or rotate its secret URL' })
  @ApiCreatedResponse({ type: CalendarFeedResponse })
  rotate(@CurrentUser() user: AuthUser, @Origin() origin: RequestOrigin): Promise<CalendarFeedDto> {
    return this.feeds.rotate(user, origin);
  }

  @Authenticated()
  @Delete('feed')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiUnauthorizedResponse()
  @ApiOperation({ summary: 'Revoke my calendar feed' })
  @ApiOkResponse({ type: CalendarFeedResponse })
  revoke(@CurrentUser() user: AuthUser, @Origin() origin: RequestOrigin): Promise<CalendarFeedDto> {
    return this.feeds.revoke(user, origin);
  }

  @Public()
  @Get('feed/:token.ics')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({ summary: 'A personal calendar feed (the token is the credential)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag the client sent (If-None-Match)' })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  async feed(
    @Param('token') token: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, await this.feeds.feed(token, { ifNoneMatch }));
  }

  @Public()
  @Get('public.ics')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Public meetings as an iCalendar feed' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag the client sent (If-None-Match)' })
  async publicFeed(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, await this.feeds.publicFeed({ ifNoneMatch }));
  }
}
