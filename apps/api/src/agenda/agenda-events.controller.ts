import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { OptionalUser } from '../common/auth-user';
import { ApiRoute, BAD_ID } from '../common/openapi';
import { Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { EventStreams, parseLastEventId } from '../realtime/event-stream.service';
import { AgendaEventsService } from './agenda-events.service';

@ApiTags('agenda')
@Controller('meetings/:id/agenda')
export class AgendaEventsController {
  constructor(
    private readonly events: AgendaEventsService,
    private readonly streams: EventStreams,
  ) {}

  /** Public: the anonymous public of a public meeting learns of publications (nothing else). */
  @Public()
  @Get('events')
  @ApiProduces('text/event-stream')
  @ApiRoute(
    'Live changes of the agenda as Server-Sent Events (`event: agenda`, data AgendaLiveEventDto; `event: reset` = reload). Send Last-Event-ID (or ?lastEventId=) to get what was missed. A comment every 20 s keeps it open',
    {
      200: { description: 'text/event-stream' },
      400: BAD_ID,
      404: 'No such meeting, or not visible to the caller: nothing is streamed',
    },
  )
  async stream(
    @Param('id', uuidParam()) id: string,
    @OptionalUser() user: AuthUser | null,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Query('lastEventId') lastEventIdQuery: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const events = await this.events.open(id, user, parseLastEventId(lastEventIdHeader, lastEventIdQuery));
    this.streams.send(reply, events);
  }
}
