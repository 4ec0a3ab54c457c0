import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import type { MembershipDto, Page, UserDto } from '@cumbre/contracts';
import { uuidParam } from '../common/validation';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Roles } from '../common/policy.decorators';
import { CreateMembershipBody, CreateUserBody, UpdateUserBody, UserListQueryDto } from './dto/user.requests';
import { MembershipResponse, UserPageResponse, UserResponse } from './dto/user.responses';
import { MembershipsService } from './memberships.service';
import { UsersService } from './users.service';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';

@ApiTags('users')
@ApiSignedIn()
@ApiForbiddenResponse({ description: 'Not an admin' })
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiRoute('Users, by display name, optionally filtered by name or e-mail (admin)', {
    200: UserPageResponse,
    400: BAD_QUERY,
  })
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Roles('admin')
  @Get(':id')
  @ApiRoute('One user with memberships (admin)', { 200: UserResponse, 400: BAD_ID, 404: true })
  get(@Param('id', uuidParam()) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiRoute('Create a user (admin)', {
    201: UserResponse,
    400: 'Invalid field, or a password that is too short, long or common',
    409: 'email already in use',
  })
  create(
    @Body() body: CreateUserBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<UserDto> {
    return this.users.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiRoute('Rename, change platform roles, disable or enable a user (admin); send the version', {
    200: UserResponse,
    400: 'Invalid field, or disabling / demoting oneself',
    404: true,
    409: 'The version is out of date',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateUserBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<UserDto> {
    return this.users.update(id, body, user, origin);
  }

  @Roles('admin')
  @Post(':id/memberships')
  @ApiRoute('Make the user a member of an agency (admin)', {
    201: MembershipResponse,
    400: 'Invalid field or unknown agencyId',
    404: 'No such user',
    409: 'Already a member of that agency',
  })
  addMembership(
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateMembershipBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MembershipDto> {
    return this.memberships.add(id, body, user, origin);
  }
}
