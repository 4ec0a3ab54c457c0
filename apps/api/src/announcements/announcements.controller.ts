import { Body, Controller, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { AnnouncementDto, AnnouncementRevisionDto, Page } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { AnnouncementsService } from './announcements.service';
import {
  AnnouncementListQueryDto,
  ChangeAnnouncementStatusBody,
  CreateAnnouncementBody,
  UpdateAnnouncementBody,
} from './dto/announcement.requests';
import {
  AnnouncementPageResponse,
  AnnouncementResponse,
  AnnouncementRevisionResponse,
} from './dto/announcement.responses';

@ApiTags('announcements')
@ApiSignedIn()
@Controller('announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Authenticated()
  @Get()
  @ApiRoute('Announcements the caller writes (moderators: all; leaders: their agencies)', {
    200: AnnouncementPageResponse,
    400: BAD_QUERY,
  })
  list(@Query() query: AnnouncementListQueryDto, @CurrentUser() user: AuthUser): Promise<Page<AnnouncementDto>> {
    return this.announcements.list(user, query);
  }

  @Authenticated()
  @Post()
  @ApiRoute('Write an announcement (draft, scheduled or published at once)', {
    201: AnnouncementResponse,
    400: 'Invalid field, unknown agency or meeting, scheduled without a future publishAt',
    403: 'Neither a moderator nor a leader of the agency',
    409: 'The slug is taken',
  })
  create(
    @Body() body: CreateAnnouncementBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    return this.announcements.create(body, user, origin);
  }

  @Authenticated()
  @Get(':id')
  @ApiRoute('One announcement for its editors', { 200: AnnouncementResponse, 400: BAD_ID, 404: true })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<AnnouncementDto> {
    return this.announcements.get(id, user);
  }

  @Authenticated()
  @Get(':id/revisions')
  @ApiRoute('Earlier texts of a published announcement, newest first', {
    200: [AnnouncementRevisionResponse],
    400: BAD_ID,
    404: true,
  })
  revisions(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<AnnouncementRevisionDto[]> {
    return this.announcements.revisions(id, user);
  }

  @Authenticated()
  @Patch(':id')
  @ApiRoute('Edit an announcement; send the version it is based on (a published one keeps a revision)', {
    200: AnnouncementResponse,
    400: 'Invalid field',
    403: true,
    404: true,
    409: 'Stale version or slug taken',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateAnnouncementBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    return this.announcements.update(id, body, user, origin);
  }

  @Authenticated()
  @Post(':id/status')
  @HttpCode(200)
  @ApiRoute('Publish, schedule, withdraw or return an announcement to draft', {
    200: AnnouncementResponse,
    400: 'Scheduled without a future publishAt',
    403: true,
    404: true,
    409: 'Move not allowed or stale version',
  })
  changeStatus(
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeAnnouncementStatusBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    return this.announcements.changeStatus(id, body, user, origin);
  }
}
