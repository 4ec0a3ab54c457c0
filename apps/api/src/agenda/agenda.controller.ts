import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Put,
  Query,
} from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { AgendaDiffDto, AgendaDto, AgendaVersionDto, AgendaVersionSummaryDto } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';
import { CurrentUser, OptionalUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn } from '../common/openapi';
import { Authenticated, Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { AgendaItemsService } from './agenda-items.service';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaQueries } from './agenda-queries.service';
import {
  AcceptAgendaItemBody,
  CreateAgendaItemBody,
  DeleteAgendaItemQuery,
  DiffQuery,
  MoveAgendaItemBody,
  PublishAgendaBody,
  RejectAgendaItemBody,
  SetSecretaryBody,
  UpdateAgendaItemBody,
} from './dto/agenda.requests';
import {
  AgendaDiffResponse,
  AgendaResponse,
  AgendaVersionResponse,
  AgendaVersionSummaryResponse,
} from './dto/agenda.responses';

const versionParam = () =>
  new ParseIntPipe({
    exceptionFactory: () =>
      new ApiError('validation.wrong_type', 'n must be an integer', { field: 'n', params: { expected: 'integer' } }),
  });

@ApiTags('agenda')
@ApiSignedIn()
@ApiNotFoundResponse({ description: 'No such meeting, or not visible to the caller (every route)' })
@Controller('meetings/:id/agenda')
export class AgendaController {
  constructor(
    private readonly queries: AgendaQueries,
    private readonly items: AgendaItemsService,
    private readonly publishing: AgendaPublishingService,
  ) {}

  @Public()
  @Get()
  @ApiRoute(
    'The agenda with planned times: the live draft for whoever may see the meeting; for the anonymous public, the latest published version of a public meeting',
    { 200: AgendaResponse },
  )
  // Sent as the text AgendaQueries writes (the same JSON as AgendaDto, most of it written once per change).
  @Header('Content-Type', 'application/json; charset=utf-8')
  get(@Param('id', uuidParam()) id: string, @OptionalUser() user: AuthUser | null): Promise<string> {
    return this.queries.agendaJson(id, user);
  }

  @Authenticated()
  @Post('items')
  @ApiRoute('Add an item (editors) or propose one (leaders and staff of an invited agency)', {
    201: AgendaResponse,
    400: 'Invalid field, a bad place (third level, section under an item, foreign parent)',
    403: 'Neither an editor nor leader/staff of an invited agency',
    409: 'The meeting is concluded or cancelled',
  })
  create(
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateAgendaItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.create(id, body, user, origin);
  }

  @Authenticated()
  @Patch('items/:itemId')
  @ApiRoute('Change an item; send the version it is based on', {
    200: AgendaResponse,
    409: 'Stale version, or the meeting is closed',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: UpdateAgendaItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.update(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Delete('items/:itemId')
  @ApiRoute('Delete an item (and the items inside it); ?version= the one it is based on', {
    200: AgendaResponse,
    409: 'Stale version, outcomes recorded on it, or the meeting is closed',
  })
  remove(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Query() query: DeleteAgendaItemQuery,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.remove(id, itemId, query.version, user, origin);
  }

  @Authenticated()
  @Post('items/:itemId/move')
  @HttpCode(200)
  @ApiRoute('Move an item to a new parent and position: one request, one transaction', {
    200: AgendaResponse,
    400: 'Third level, section under an item, cycle, or a parent of another agenda',
  })
  move(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: MoveAgendaItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.move(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('items/:itemId/accept')
  @HttpCode(200)
  @ApiRoute('Accept a proposal, placing it in the agenda', { 200: AgendaResponse })
  accept(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: AcceptAgendaItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.accept(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('items/:itemId/reject')
  @HttpCode(200)
  @ApiRoute('Reject a proposal with a reason the proposing agency sees', { 200: AgendaResponse })
  reject(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: RejectAgendaItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.items.reject(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('publish')
  @HttpCode(200)
  @ApiRoute('Freeze the agenda as the next numbered version and notify the invited agencies', {
    200: AgendaResponse,
    409: 'Stale agenda version, nothing new to publish, empty agenda, closed meeting',
  })
  publish(
    @Param('id', uuidParam()) id: string,
    @Body() body: PublishAgendaBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.publishing.publish(id, body, user, origin);
  }

  @Authenticated()
  @Put('secretary')
  @ApiRoute('Name (or remove) the secretary who records the minutes', {
    200: AgendaResponse,
    400: 'The person is not a member of the host or an invited agency',
    403: 'Not the convener, the host agency leader or an admin',
    409: 'Stale agenda version, the minutes are published, or the meeting is cancelled',
  })
  setSecretary(
    @Param('id', uuidParam()) id: string,
    @Body() body: SetSecretaryBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.publishing.setSecretary(id, body, user, origin);
  }

  @Authenticated()
  @Get('versions')
  @ApiRoute('The published versions, newest first', { 200: [AgendaVersionSummaryResponse] })
  versions(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<AgendaVersionSummaryDto[]> {
    return this.queries.versions(id, user);
  }

  @Authenticated()
  @Get('versions/:n')
  @ApiRoute('One published version, as frozen, with its planned times', { 200: AgendaVersionResponse })
  version(
    @Param('id', uuidParam()) id: string,
    @Param('n', versionParam()) n: number,
    @CurrentUser() user: AuthUser,
  ): Promise<AgendaVersionDto> {
    return this.queries.version(id, n, user);
  }

  @Authenticated()
  @Get('diff')
  @ApiRoute('What changed between two versions (to left out: the live draft)', { 200: AgendaDiffResponse })
  diff(
    @Param('id', uuidParam()) id: string,
    @Query() query: DiffQuery,
    @CurrentUser() user: AuthUser,
  ): Promise<AgendaDiffDto> {
    return this.queries.diff(id, query.from, query.to, user);
  }
}
