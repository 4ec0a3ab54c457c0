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
import type { MembershipDto, Page, UserDto } from '@cumbre/contracts';
import { uuidParam } from '../common/validation';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Roles } from '../common/policy.decorators';
import { CreateMembershipBody, CreateUserBody, UpdateUserBody, UserListQueryDto } from './dto/user.requests';
import { MembershipResponse, UserPageResponse, UserResponse } from './dto/user.responses';
import { MembershipsService } from './memberships.service';
import { UsersService } from './users.service';
import { ApiSignedIn } from '../common/openapi';

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
  @ApiOperation({
    summary: 'Users, by display name, optionally filtered by name or e-mail (admin)',
  })
  @ApiOkResponse({ type: UserPageResponse })
  @ApiBadRequestResponse({
    description: 'A query parameter is unknown or malformed',
  })
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Roles('admin')
  @Get(':id')
  @ApiOperation({ summary: 'One user with memberships (admin)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse()
  get(@Param('id', uuidParam()) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiBadRequestResponse({
    description: 'Invalid field, or a password that is too short, long or common',
  })
  @ApiConflictResponse({ description: 'email already in use' })
  create(
    @Body() body: CreateUserBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<UserDto> {
    return this.users.create(body, user, origin);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({
    summary: 'Rename, change platform roles, disable or enable a user (admin); send the version',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiBadRequestResponse({
    description: 'Invalid field, or disabling / demoting oneself',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is out of date' })
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
  @ApiOperation({ summary: 'Make the user a member of an agency (admin)' })
  @ApiCreatedResponse({ type: MembershipResponse })
  @ApiBadRequestResponse({ description: 'Invalid field or unknown agencyId' })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'Already a member of that agency' })
  addMembership(
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateMembershipBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MembershipDto> {
    return this.memberships.add(id, body, user, origin);
  }
}
