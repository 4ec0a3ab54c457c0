import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { AgendaDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { CreateActionItemBody } from './dto/action-item.requests';
import { CreateDecisionBody, SaveMinutesBody } from './dto/agenda.requests';
import { AgendaResponse } from './dto/agenda.responses';
import { MinutesService } from './minutes.service';

@ApiTags('agenda')
@ApiSignedIn()
@ApiNotFoundResponse({ description: 'No such meeting or item, or not visible to the caller' })
@ApiForbiddenResponse({ description: 'Not the convener, the secretary or an admin' })
@ApiConflictResponse({ description: 'The minutes are published, or the meeting is cancelled' })
@Controller('meetings/:id/agenda')
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Authenticated()
  @Put('items/:itemId/minutes')
  @ApiRoute("Save an item's discussion notes (Markdown); version 0 for the first notes", { 200: AgendaResponse })
  saveNotes(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: SaveMinutesBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.minutes.saveNotes(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('items/:itemId/decisions')
  @ApiRoute('Record a decision and the agencies that endorsed it', { 201: AgendaResponse })
  addDecision(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: CreateDecisionBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.minutes.addDecision(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('items/:itemId/action-items')
  @ApiRoute('Record an action item: what, owner agency (and person), due date', { 201: AgendaResponse })
  addActionItem(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: CreateActionItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.minutes.addActionItem(id, itemId, body, user, origin);
  }

  @Authenticated()
  @Post('minutes/publish')
  @HttpCode(200)
  @ApiRoute('Publish the minutes of a concluded meeting: read-only from then on', { 200: AgendaResponse })
  publish(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.minutes.publishMinutes(id, user, origin);
  }
}
