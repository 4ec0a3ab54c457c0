import { Body, Controller, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import type { FastifyReply } from 'fastify';
import { EventStreams } from '../realtime/event-stream.service';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  MarkAllReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationPreferencesDto,
} from '@cumbre/contracts';
import { CurrentUser } from '../common/auth-user';
import type { AuthUser } from '../common/auth-user';
import { Authenticated } from '../common/policy.decorators';
import { NotificationListQueryDto, UpdateNotificationPreferencesBody } from './dto/notification.requests';
import { uuidParam } from '../common/validation';
import {
  MarkAllReadResponse,
  NotificationListResponse,
  NotificationPreferencesResponse,
  NotificationResponse,
} from './dto/notification.responses';
import { NotificationsService } from './notifications.service';
import { ApiSignedIn } from '../common/openapi';

@ApiTags('notifications')
@ApiSignedIn()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: EventStreams,
  ) {}

  @Authenticated()
  @Get('events')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary:
      'My unread count, live, as Server-Sent Events (`event: unread`, data {unread}): sent on connecting and whenever it changes',
  })
  @ApiOkResponse({ description: 'text/event-stream' })
  events(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply): void {
    this.streams.send(reply, this.notifications.unreadEvents(user));
  }

  @Authenticated()
  @Get()
  @ApiOperation({
    summary: 'My notifications, newest first: a page, the total matching `status`, and the unread count',
  })
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed' })
  list(@Query() query: NotificationListQueryDto, @CurrentUser() user: AuthUser): Promise<NotificationListDto> {
    return this.notifications.list(user, query);
  }

  @Authenticated()
  @Get('preferences')
  @ApiOperation({ summary: 'Per kind: whether I also get it by e-mail (in-app is always on)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return this.notifications.preferences(user);
  }

  @Authenticated()
  @Put('preferences')
  @ApiOperation({ summary: 'Choose e-mail per kind; kinds not named stay as they were' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  @ApiBadRequestResponse({ description: 'An unknown kind, a kind named twice, or email not a boolean' })
  updatePreferences(
    @Body() body: UpdateNotificationPreferencesBody,
    @CurrentUser() user: AuthUser,
  ): Promise<NotificationPreferencesDto> {
    return this.notifications.updatePreferences(user, body);
  }

  @Authenticated()
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkAllReadResponse })
  readAll(@CurrentUser() user: AuthUser): Promise<MarkAllReadDto> {
    return this.notifications.markAllRead(user);
  }

  @Authenticated()
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such notification of mine' })
  read(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NotificationDto> {
    return this.notifications.markRead(id, user);
  }
}
