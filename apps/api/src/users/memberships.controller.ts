import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch } from '@nestjs/common';
import { ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import type { MembershipDto } from '@cumbre/contracts';
import { uuidParam } from '../common/validation';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Roles } from '../common/policy.decorators';
import { UpdateMembershipBody } from './dto/user.requests';
import { MembershipResponse } from './dto/user.responses';
import { MembershipsService } from './memberships.service';
import { ApiRoute, ApiSignedIn, BAD_ID } from '../common/openapi';

@ApiTags('users')
@ApiSignedIn()
@ApiForbiddenResponse({ description: 'Not an admin' })
@Controller('memberships')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Roles('admin')
  @Patch(':id')
  @ApiRoute("Change a membership's role or clearance (admin)", {
    200: MembershipResponse,
    400: 'Invalid field or id',
    404: true,
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateMembershipBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<MembershipDto> {
    return this.memberships.update(id, body, user, origin);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute('End a membership (admin)', { 204: true, 400: BAD_ID, 404: true })
  remove(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.memberships.remove(id, user, origin);
  }
}
