import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { MeetingDto, PollDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated } from '../common/policy.decorators';
import { MeetingResponse, PollPickErrorResponse, PollResponse } from './dto/meeting.responses';
import { CreatePollBody, PickSlotBody, PollAnswersBody } from './dto/poll.requests';
import { uuidParam } from '../common/validation';
import { PollsService } from './polls.service';
import { ApiRoute, ApiSignedIn } from '../common/openapi';

@ApiTags('meetings')
@ApiSignedIn()
@Controller('meetings/:id/poll')
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  @Authenticated()
  @Post()
  @ApiRoute('Propose candidate slots and a deadline (one poll per meeting)', {
    201: PollResponse,
    400: 'A slot in the past or ending before it starts, a deadline in the past or after the first slot',
    403: 'Not the convener, a host leader or an admin',
    404: true,
    409: 'The meeting already has a poll, or is not draft/scheduled',
  })
  create(
    @Param('id', uuidParam()) id: string,
    @Body() body: CreatePollBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<PollDto> {
    return this.polls.create(id, body, user, origin);
  }

  @Authenticated()
  @Get()
  @ApiRoute('The poll with the tally per slot and every agency answer', {
    200: PollResponse,
    404: 'No such meeting (or not visible), or no poll',
  })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<PollDto> {
    return this.polls.get(id, user);
  }

  @Authenticated()
  @Put('answers')
  @ApiRoute("Answer every slot for one's own agency (replaces that agency's answers)", {
    200: PollResponse,
    400: 'A slot that is not in the poll, or answered twice',
    403: 'The caller is not leader or staff of that agency',
    404: 'No such meeting or poll, or the agency is not invited',
    409: 'Answers are closed (deadline passed or slot picked)',
  })
  answer(
    @Param('id', uuidParam()) id: string,
    @Body() body: PollAnswersBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<PollDto> {
    return this.polls.answer(id, body, user, origin);
  }

  @Authenticated()
  @Post('pick')
  @HttpCode(200)
  @ApiRoute("Pick a slot: it becomes the meeting's time and the meeting is scheduled", {
    200: MeetingResponse,
    400: 'slotId is not in the poll',
    403: 'Not the convener, a host leader or an admin',
    404: true,
    409: { type: PollPickErrorResponse, description: 'Agencies said no, or conflicts: send confirm' },
  })
  pick(
    @Param('id', uuidParam()) id: string,
    @Body() body: PickSlotBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MeetingDto> {
    return this.polls.pick(id, body, user, origin);
  }
}
