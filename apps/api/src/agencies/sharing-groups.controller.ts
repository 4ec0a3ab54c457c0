import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { Page, SharingGroupDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Authenticated, Roles } from '../common/policy.decorators';
import { SharingGroupPageResponse, SharingGroupResponse } from './dto/agency.responses';
import { CreateSharingGroupBody, SharingGroupListQueryDto, UpdateSharingGroupBody } from './dto/sharing-group.requests';
import { uuidParam } from '../common/validation';
import { SharingGroupsService } from './sharing-groups.service';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';

@ApiTags('sharing-groups')
@ApiSignedIn()
@Controller('sharing-groups')
export class SharingGroupsController {
  constructor(private readonly groups: SharingGroupsService) {}

  @Authenticated()
  @Get()
  @ApiRoute('Sharing groups with their member agencies', { 200: SharingGroupPageResponse, 400: BAD_QUERY })
  list(@Query() query: SharingGroupListQueryDto): Promise<Page<SharingGroupDto>> {
    return this.groups.list(query);
  }

  @Authenticated()
  @Get(':id')
  @ApiRoute('One sharing group with its member agencies', { 200: SharingGroupResponse, 400: BAD_ID, 404: true })
  get(@Param('id', uuidParam()) id: string): Promise<SharingGroupDto> {
    return this.groups.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiRoute('Create a sharing group (admin)', {
    201: SharingGroupResponse,
    400: 'Invalid field, duplicate or unknown agency id',
    403: 'Not an admin',
    409: 'name already in use',
  })
  create(
    @Body() body: CreateSharingGroupBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<SharingGroupDto> {
    return this.groups.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiRoute('Change a sharing group (admin); agencyIds replaces the member set', {
    200: SharingGroupResponse,
    400: 'Invalid field, duplicate or unknown agency id',
    403: 'Not an admin',
    404: true,
    409: 'The version is out of date, or the name is already in use',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateSharingGroupBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<SharingGroupDto> {
    return this.groups.update(id, body, user, origin);
  }
}
