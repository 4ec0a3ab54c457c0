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
import { AgendaPdfService } from './agenda-pdf.service';
import { AgendaPdfQuery } from './dto/agenda.requests';

/** An agenda as something other than JSON: its live stream and its printed (PDF) version. */
@ApiTags('agenda')
@Controller('meetings/:id/agenda')
export class AgendaDocumentsController {
  constructor(
    private readonly events: AgendaEventsService,
    private readonly streams: EventStreams,
    private readonly pdf: AgendaPdfService,
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

  /** Public: the anonymous public gets the latest published version of a public meeting. */
  @Public()
  @Get('published.pdf')
  @ApiProduces('application/pdf')
  @ApiRoute(
    'The published agenda as a PDF (A4): header, then each item numbered with its planned start, kind, presenter and minutes',
    {
      200: { description: 'application/pdf' },
      400: 'id is not a UUID, or version is not a positive integer',
      404: 'No such meeting, not visible to the caller, not published yet, or no such version',
    },
  )
  async publishedPdf(
    @Param('id', uuidParam()) id: string,
    @Query() query: AgendaPdfQuery,
    @OptionalUser() user: AuthUser | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.pdf.publishedPdf(id, query.version, user);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }
}
