import { ApiError } from '../common/api-error';
import { Body, Controller, Get, HttpCode, HttpStatus, Req, Res } from '@nestjs/common';
import { Post, PublicPost } from '../common/post.decorator';
import { ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiRoute } from '../common/openapi';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  MeDto,
  RecoveryCodesDto,
  TokenPairDto,
  TwoFactorEnrolmentDto,
  TwoFactorStatusDto,
} from '@cumbre/contracts';
import { MeResponse } from '../users/dto/user.responses';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { AuthFlows } from './auth-flows';
import { RequireCsrf } from './csrf';
import { TwoFactorConfirmBody, TwoFactorVerifyBody } from './dto/account.requests';
import { RecoveryCodesResponse, TwoFactorEnrolmentResponse, TwoFactorStatusResponse } from './dto/account.responses';
import { TokenPairResponse } from './dto/auth.responses';
import { Authenticated } from '../common/policy.decorators';
import { AllowedDuringTwoFactorEnrolment } from './two-factor-enrolment';
import { TwoFactorService } from './two-factor.service';

function assertOneSecondFactor(body: TwoFactorVerifyBody): void {
  if (!body.code === !body.recoveryCode)
    throw new ApiError('validation.required', 'send either code or recoveryCode', { field: 'code' });
}

/** Two-factor sign-in: the second step of a sign-in, and enrolment. */
@ApiTags('auth')
@Controller('auth')
export class TwoFactorController {
  constructor(
    private readonly flows: AuthFlows,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @RequireCsrf()
  @PublicPost('login/two-factor')
  @HttpCode(HttpStatus.OK)
  @ApiRoute('Second step of a browser sign-in: the code from the app, or a recovery code', {
    200: MeResponse,
    400: 'Neither or both of code and recoveryCode, or malformed',
  })
  @ApiUnauthorizedResponse({ description: 'Wrong, used or expired code or challenge (auth.totp_invalid)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes; see Retry-After' })
  browser(
    @Body() body: TwoFactorVerifyBody,
    @Origin() origin: RequestOrigin,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    assertOneSecondFactor(body);
    return this.flows.browserSecondFactor(body, origin, req, reply);
  }

  @PublicPost('token/two-factor')
  @HttpCode(HttpStatus.OK)
  @ApiRoute('Second step of an API client sign-in', {
    200: TokenPairResponse,
    400: 'Neither or both of code and recoveryCode, or malformed',
  })
  @ApiUnauthorizedResponse({ description: 'Wrong, used or expired code or challenge (auth.totp_invalid)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes; see Retry-After' })
  client(
    @Body() body: TwoFactorVerifyBody,
    @Origin() origin: RequestOrigin,
    @Req() req: FastifyRequest,
  ): Promise<TokenPairDto> {
    assertOneSecondFactor(body);
    return this.flows.clientSecondFactor(body, origin, req);
  }

  @Authenticated()
  @AllowedDuringTwoFactorEnrolment()
  @Get('two-factor')
  @ApiRoute("The caller's two-factor state", { 200: TwoFactorStatusResponse })
  status(@CurrentUser() user: AuthUser): Promise<TwoFactorStatusDto> {
    return this.twoFactor.status(user);
  }

  @Authenticated()
  @AllowedDuringTwoFactorEnrolment()
  @Post('two-factor/enrolment')
  @ApiRoute('Start enrolling: a new secret as an otpauth:// URI and a QR code', {
    201: TwoFactorEnrolmentResponse,
    409: 'Two-factor sign-in is already on',
  })
  enrol(@CurrentUser() user: AuthUser): Promise<TwoFactorEnrolmentDto> {
    return this.twoFactor.startEnrolment(user);
  }

  @Authenticated()
  @AllowedDuringTwoFactorEnrolment()
  @Post('two-factor/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiRoute('Turn it on with a first code; returns ten single-use recovery codes, shown once', {
    200: RecoveryCodesResponse,
  })
  @ApiUnauthorizedResponse({ description: 'Wrong code, or no enrolment started (auth.totp_invalid)' })
  confirm(
    @Body() body: TwoFactorConfirmBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<RecoveryCodesDto> {
    return this.twoFactor.confirm(user, body.code, origin);
  }
}
