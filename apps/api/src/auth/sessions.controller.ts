import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Query } from '@nestjs/common';
import { uuidParam } from '../common/validation';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../common/openapi';
import type { SessionDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { SessionsDeleteQuery } from './dto/account.requests';
import { SessionResponse } from './dto/account.responses';
import { Authenticated } from '../common/policy.decorators';
import { SessionsService } from './sessions.service';
import { AllowedDuringTwoFactorEnrolment } from './two-factor-enrolment';

/** "My sessions". */
@ApiTags('auth')
@Controller('auth/sessions')
@Authenticated()
@AllowedDuringTwoFactorEnrolment()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiRoute("The caller's live sessions: where and when each signed in, and which is this one", {
    200: [SessionResponse],
  })
  list(@CurrentUser() user: AuthUser): Promise<SessionDto[]> {
    return this.sessions.list(user);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute('Sign out one session', { 204: true, 404: 'Not a live session of the caller' })
  revoke(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.sessions.revoke(user, id, origin);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute('Sign out every other session (scope=others, the default) or all of them (scope=all)', { 204: true })
  revokeAll(
    @Query() query: SessionsDeleteQuery,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.sessions.revokeAll(user, query.scope ?? 'others', origin);
  }
}
