import { Body, Controller, Get, Header, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ConflictDto, MeetingDto, MeetingSummaryDto, Page } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated } from '../common/policy.decorators';
import { ConflictsService } from './conflicts.service';
import {
  ChangeMeetingStatusBody,
  CreateMeetingBody,
  MeetingListQueryDto,
  UpdateMeetingBody,
} from './dto/meeting.requests';
import { ConflictErrorResponse, ConflictResponse, MeetingPageResponse, MeetingResponse } from './dto/meeting.responses';
import { uuidParam } from '../common/validation';
import { MeetingCalendarService } from './meeting-calendar.service';
import { MeetingQueries } from './meeting-queries.service';
import { MeetingsService } from './meetings.service';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';

@ApiTags('meetings')
@ApiSignedIn()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly queries: MeetingQueries,
    private readonly conflicts: ConflictsService,
    private readonly calendar: MeetingCalendarService,
  ) {}

  @Authenticated()
  @Post()
  @ApiRoute('Convene a meeting (as a draft); the caller becomes its convener', {
    201: MeetingResponse,
    400: 'Invalid field (endsAt before startsAt, unknown timeZone, unknown hostAgencyId, …)',
    403: 'Not a leader or staff member of the host agency, nor an admin',
    409: { type: ConflictErrorResponse, description: 'The time conflicts with other meetings (send confirmConflicts)' },
  })
  create(
    @Body() body: CreateMeetingBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.meetings.create(body, user, origin);
  }

  @Authenticated()
  @Get()
  @ApiRoute('My meetings (or all I may see), filtered and paged', { 200: MeetingPageResponse, 400: BAD_QUERY })
  list(@Query() query: MeetingListQueryDto, @CurrentUser() user: AuthUser): Promise<Page<MeetingSummaryDto>> {
    return this.queries.list(user, query);
  }

  @Authenticated()
  @Get(':id.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="reunion.ics"')
  @Header('Cache-Control', 'private, no-store')
  @ApiRoute('The meeting as an iCalendar (RFC 5545) file', {
    200: { description: 'text/calendar', schema: { type: 'string' } },
    404: 'No such meeting, or not visible to the caller',
    409: 'The meeting has no date yet',
  })
  @ApiProduces('text/calendar')
  ics(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.calendar.meetingIcs(id, user);
  }

  @Authenticated()
  @Get(':id')
  @ApiRoute('One meeting with its invitations, answers and delegates', {
    200: MeetingResponse,
    400: BAD_ID,
    404: 'No such meeting, or not visible to the caller',
  })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<MeetingDto> {
    return this.queries.getDto(id, user);
  }

  @Authenticated()
  @Patch(':id')
  @ApiRoute('Change the details of a meeting; send the version it is based on', {
    200: MeetingResponse,
    400: 'Invalid field',
    403: 'Not the convener, a host leader or an admin',
    404: true,
    409: { type: ConflictErrorResponse, description: 'Stale version, cancelled meeting, or conflicts to confirm' },
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateMeetingBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.meetings.update(id, body, user, origin);
  }

  @Authenticated()
  @Post(':id/status')
  @HttpCode(200)
  @ApiRoute('Move the meeting to another status (draft → scheduled → in_progress → concluded, or cancelled)', {
    200: MeetingResponse,
    400: 'Invalid field, or a cancellation without reason',
    403: 'Not the convener, a host leader or an admin',
    404: true,
    409: 'Move not allowed (the message names the allowed moves), stale version, or conflicts',
  })
  changeStatus(
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeMeetingStatusBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.meetings.changeStatus(id, body, user, origin);
  }

  @Authenticated()
  @Get(':id/conflicts')
  @ApiRoute('Other meetings overlapping this one that share its host agency or a delegate', {
    200: [ConflictResponse],
    404: true,
  })
  conflictsOf(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<ConflictDto[]> {
    return this.conflicts.forMeeting(id, user);
  }
}
