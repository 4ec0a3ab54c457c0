import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Query } from '@nestjs/common';
import { uuidParam } from '../common/validation';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: "The caller's live sessions: where and when each signed in, and which is this one" })
  @ApiOkResponse({ type: [SessionResponse] })
  list(@CurrentUser() user: AuthUser): Promise<SessionDto[]> {
    return this.sessions.list(user);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out one session' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Not a live session of the caller' })
  revoke(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.sessions.revoke(user, id, origin);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out every other session (scope=others, the default) or all of them (scope=all)' })
  @ApiNoContentResponse()
  revokeAll(
    @Query() query: SessionsDeleteQuery,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.sessions.revokeAll(user, query.scope ?? 'others', origin);
  }
}
