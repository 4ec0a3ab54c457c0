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
import type { AgencyDirectoryEntry, AgencyDto, AgencyMemberDto, Page } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated, Roles } from '../common/policy.decorators';
import { AgenciesService } from './agencies.service';
import { AgencyMembersService } from './agency-members.service';
import { AgencyListQueryDto, CreateAgencyBody, UpdateAgencyBody } from './dto/agency.requests';
import {
  AgencyDirectoryEntryResponse,
  AgencyMemberResponse,
  AgencyPageResponse,
  AgencyResponse,
} from './dto/agency.responses';
import { uuidParam } from '../common/validation';
import { ApiSignedIn } from '../common/openapi';

@ApiTags('agencies')
@ApiSignedIn()
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly members: AgencyMembersService,
  ) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'The agency directory, optionally filtered by kind and text' })
  @ApiOkResponse({ type: AgencyPageResponse })
  @ApiBadRequestResponse({ description: 'A query parameter is unknown or malformed' })
  list(@Query() query: AgencyListQueryDto): Promise<Page<AgencyDirectoryEntry>> {
    return this.agencies.list(query);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One agency with its directory information' })
  @ApiOkResponse({ type: AgencyDirectoryEntryResponse })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse()
  get(@Param('id', uuidParam()) id: string): Promise<AgencyDirectoryEntry> {
    return this.agencies.get(id);
  }

  @Authenticated()
  @Get(':id/members')
  @ApiOperation({
    summary: "The agency's enabled members and their roles, leaders first (members of the agency and admins)",
  })
  @ApiOkResponse({ type: [AgencyMemberResponse] })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiForbiddenResponse({ description: 'The caller is neither a member of this agency nor an admin' })
  @ApiNotFoundResponse()
  listMembers(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyMemberDto[]> {
    return this.members.list(id, user, origin);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Create an agency (admin)' })
  @ApiCreatedResponse({ type: AgencyResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, unknown parentId' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiConflictResponse({ description: 'name, shortName or isoCode already in use' })
  create(
    @Body() body: CreateAgencyBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyDto> {
    return this.agencies.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change an agency (admin); send the version it is based on' })
  @ApiOkResponse({ type: AgencyResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, unknown parentId, or a parent cycle' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is out of date, or a unique field is already in use' })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateAgencyBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyDto> {
    return this.agencies.update(id, body, user, origin);
  }
}
