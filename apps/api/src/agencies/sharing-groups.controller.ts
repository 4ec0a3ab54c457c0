import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Page, SharingGroupDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated, Roles } from '../common/policy.decorators';
import { SharingGroupPageResponse, SharingGroupResponse } from './dto/agency.responses';
import { CreateSharingGroupBody, SharingGroupListQueryDto, UpdateSharingGroupBody } from './dto/sharing-group.requests';
import { uuidParam } from '../common/validation';
import { SharingGroupsService } from './sharing-groups.service';
import { ApiSignedIn } from '../common/openapi';

@ApiTags('sharing-groups')
@ApiSignedIn()
@Controller('sharing-groups')
export class SharingGroupsController {
  constructor(private readonly groups: SharingGroupsService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Sharing groups with their member agencies' })
  @ApiOkResponse({ type: SharingGroupPageResponse })
  @ApiBadRequestResponse({ description: 'A query parameter is unknown or malformed' })
  list(@Query() query: SharingGroupListQueryDto): Promise<Page<SharingGroupDto>> {
    return this.groups.list(query);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One sharing group with its member agencies' })
  @ApiOkResponse({ type: SharingGroupResponse })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse()
  get(@Param('id', uuidParam()) id: string): Promise<SharingGroupDto> {
    return this.groups.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Create a sharing group (admin)' })
  @ApiCreatedResponse({ type: SharingGroupResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, duplicate or unknown agency id' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiConflictResponse({ description: 'name already in use' })
  create(
    @Body() body: CreateSharingGroupBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<SharingGroupDto> {
    return this.groups.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change a sharing group (admin); agencyIds replaces the member set' })
  @ApiOkResponse({ type: SharingGroupResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, duplicate or unknown agency id' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is out of date, or the name is already in use' })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateSharingGroupBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<SharingGroupDto> {
    return this.groups.update(id, body, user, origin);
  }
}
