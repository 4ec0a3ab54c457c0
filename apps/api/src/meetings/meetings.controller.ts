import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
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
import { ApiSignedIn } from '../common/openapi';

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
  @ApiOperation({ summary: 'Convene a meeting (as a draft); the caller becomes its convener' })
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({
    description: 'Invalid field (endsAt before startsAt, unknown timeZone, unknown hostAgencyId, …)',
  })
  @ApiForbiddenResponse({ description: 'Not a leader or staff member of the host agency, nor an admin' })
  @ApiConflictResponse({
    type: ConflictErrorResponse,
    description: 'The time conflicts with other meetings (send confirmConflicts)',
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
  @ApiOperation({ summary: 'My meetings (or all I may see), filtered and paged' })
  @ApiOkResponse({ type: MeetingPageResponse })
  @ApiBadRequestResponse({ description: 'A query parameter is unknown or malformed' })
  list(@Query() query: MeetingListQueryDto, @CurrentUser() user: AuthUser): Promise<Page<MeetingSummaryDto>> {
    return this.queries.list(user, query);
  }

  @Authenticated()
  @Get(':id.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="reunion.ics"')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The meeting as an iCalendar (RFC 5545) file' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such meeting, or not visible to the caller' })
  @ApiConflictResponse({ description: 'The meeting has no date yet' })
  ics(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.calendar.meetingIcs(id, user);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One meeting with its invitations, answers and delegates' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such meeting, or not visible to the caller' })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<MeetingDto> {
    return this.queries.getDto(id, user);
  }

  @Authenticated()
  @Patch(':id')
  @ApiOperation({ summary: 'Change the details of a meeting; send the version it is based on' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({ description: 'Invalid field' })
  @ApiForbiddenResponse({ description: 'Not the convener, a host leader or an admin' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    type: ConflictErrorResponse,
    description: 'Stale version, cancelled meeting, or conflicts to confirm',
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
  @ApiOperation({
    summary: 'Move the meeting to another status (draft → scheduled → in_progress → concluded, or cancelled)',
  })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, or a cancellation without reason' })
  @ApiForbiddenResponse({ description: 'Not the convener, a host leader or an admin' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Move not allowed (the message names the allowed moves), stale version, or conflicts',
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
  @ApiOperation({ summary: 'Other meetings overlapping this one that share its host agency or a delegate' })
  @ApiOkResponse({ type: [ConflictResponse] })
  @ApiNotFoundResponse()
  conflictsOf(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<ConflictDto[]> {
    return this.conflicts.forMeeting(id, user);
  }
}
