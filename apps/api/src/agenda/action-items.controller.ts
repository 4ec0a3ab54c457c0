import { Body, Controller, Get, Header, Param, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { ActionItemDetailDto, ActionPlanItemDto, ActionPlanSummaryDto, Page } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_QUERY } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { ActionItemsService } from './action-items.service';
import { ActionItemListQueryDto, ActionPlanSummaryQueryDto, UpdateActionItemBody } from './dto/action-item.requests';
import { ActionPlanSummaryResponse } from './dto/action-plan.responses';
import { ActionItemDetailResponse, ActionItemPageResponse } from './dto/agenda.responses';

@ApiTags('action plan')
@ApiSignedIn()
@Controller()
export class ActionItemsController {
  constructor(private readonly actions: ActionItemsService) {}

  @Authenticated()
  @Get('action-items')
  @ApiOperation({ summary: 'The action plan: action items of every meeting the caller may see, filtered and paged' })
  @ApiOkResponse({ type: ActionItemPageResponse })
  @ApiBadRequestResponse({ description: 'A query parameter is unknown or malformed' })
  list(@Query() query: ActionItemListQueryDto, @CurrentUser() user: AuthUser): Promise<Page<ActionPlanItemDto>> {
    return this.actions.list(user, query);
  }

  @Authenticated()
  @Get('action-items.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="plan-de-accion.csv"')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The action plan as CSV (UTF-8 with BOM), same filters' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv', schema: { type: 'string' } })
  csv(@Query() query: ActionItemListQueryDto, @CurrentUser() user: AuthUser): Promise<string> {
    return this.actions.csv(user, query);
  }

  @Authenticated()
  @Get('action-items/summary')
  @ApiRoute(
    "Per owner agency: action items by status and overdue, over every meeting the caller may see (the list's filters)",
    {
      200: ActionPlanSummaryResponse,
      400: BAD_QUERY,
    },
  )
  summary(@Query() query: ActionPlanSummaryQueryDto, @CurrentUser() user: AuthUser): Promise<ActionPlanSummaryDto> {
    return this.actions.summary(user, query);
  }

  @Authenticated()
  @Get('action-items/:id')
  @ApiOperation({ summary: 'One action item with its history of status changes and comments' })
  @ApiOkResponse({ type: ActionItemDetailResponse })
  @ApiNotFoundResponse({ description: 'No such action item, or its meeting is not visible to the caller' })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<ActionItemDetailDto> {
    return this.actions.get(id, user);
  }

  @Authenticated()
  @Patch('action-items/:id')
  @ApiOperation({ summary: 'Change the status (kept in the history) and/or comment; send the version' })
  @ApiOkResponse({ type: ActionItemDetailResponse })
  @ApiForbiddenResponse({ description: "Not the owner agency's leader or staff, the convener or an admin" })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Stale version' })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateActionItemBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<ActionItemDetailDto> {
    return this.actions.update(id, body, user, origin);
  }
}
