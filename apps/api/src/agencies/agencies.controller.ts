import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
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
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';

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
  @ApiRoute('The agency directory, optionally filtered by kind and text', { 200: AgencyPageResponse, 400: BAD_QUERY })
  list(@Query() query: AgencyListQueryDto): Promise<Page<AgencyDirectoryEntry>> {
    return this.agencies.list(query);
  }

  @Authenticated()
  @Get(':id')
  @ApiRoute('One agency with its directory information', { 200: AgencyDirectoryEntryResponse, 400: BAD_ID, 404: true })
  get(@Param('id', uuidParam()) id: string): Promise<AgencyDirectoryEntry> {
    return this.agencies.get(id);
  }

  @Authenticated()
  @Get(':id/members')
  @ApiRoute("The agency's enabled members and their roles, leaders first (members of the agency and admins)", {
    200: [AgencyMemberResponse],
    400: BAD_ID,
    403: 'The caller is neither a member of this agency nor an admin',
    404: true,
  })
  listMembers(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyMemberDto[]> {
    return this.members.list(id, user, origin);
  }

  @Roles('admin')
  @Post()
  @ApiRoute('Create an agency (admin)', {
    201: AgencyResponse,
    400: 'Invalid field, unknown parentId',
    403: 'Not an admin',
    409: 'name, shortName or isoCode already in use',
  })
  create(
    @Body() body: CreateAgencyBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyDto> {
    return this.agencies.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiRoute('Change an agency (admin); send the version it is based on', {
    200: AgencyResponse,
    400: 'Invalid field, unknown parentId, or a parent cycle',
    403: 'Not an admin',
    404: true,
    409: 'The version is out of date, or a unique field is already in use',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateAgencyBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AgencyDto> {
    return this.agencies.update(id, body, user, origin);
  }
}
