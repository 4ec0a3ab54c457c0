import { Controller, Delete, Get, Header, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CalendarFeedDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated, Public } from '../common/policy.decorators';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';
import { CalendarFeedService } from './calendar-feed.service';

class CalendarFeedResponse implements CalendarFeedDto {
  @ApiProperty({ nullable: true, type: String, description: 'Only when created or rotated' }) url!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) createdAt!: string | null;
  @ApiProperty() active!: boolean;
}

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly calendar: MeetingCalendarService,
  ) {}

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
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  feed(@Param('token') token: string): Promise<string> {
    return this.feeds.feed(token);
  }

  @Public()
  @Get('public.ics')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Public meetings as an iCalendar feed' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  publicFeed(): Promise<string> {
    return this.calendar.publicFeed();
  }
}
