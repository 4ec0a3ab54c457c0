import { Body, Controller, Get, HttpCode, HttpStatus, Req, Res, UseGuards } from '@nestjs/common';
import { Post, PublicPost } from '../common/post.decorator';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCookieAuth,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiRoute } from '../common/openapi';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeDto, TokenPairDto, TwoFactorChallengeDto } from '@cumbre/contracts';
import { MeResponse } from '../users/dto/user.responses';
import { CurrentUser, OptionalUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { AuthFlows } from './auth-flows';
import { RequireCsrf } from './csrf';
import { ChangePasswordBody, RefreshBody, SignInBody } from './dto/auth.requests';
import { TokenPairResponse } from './dto/auth.responses';
import { TwoFactorChallengeResponse } from './dto/account.responses';
import { LocalAuthGuard } from './local-auth.guard';
import { Authenticated } from '../common/policy.decorators';
import { AllowedDuringTwoFactorEnrolment } from './two-factor-enrolment';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly flows: AuthFlows) {}

  @RequireCsrf()
  @UseGuards(LocalAuthGuard)
  @PublicPost('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in a browser: sets the HttpOnly cumbre_at and cumbre_rt cookies',
    description: 'Needs the X-XSRF-TOKEN header equal to the XSRF-TOKEN cookie (any GET sets it).',
  })
  @ApiBody({ type: SignInBody })
  @ApiExtraModels(MeResponse, TwoFactorChallengeResponse)
  @ApiOkResponse({
    description: 'The signed-in user, or a challenge for the second step when two-factor sign-in is on',
    schema: { oneOf: [{ $ref: getSchemaPath(MeResponse) }, { $ref: getSchemaPath(TwoFactorChallengeResponse) }] },
  })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed' })
  @ApiUnauthorizedResponse({
    description: 'Wrong e-mail or password (never says which)',
  })
  @ApiForbiddenResponse({ description: 'CSRF header missing or wrong' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts; see Retry-After',
  })
  login(
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto | TwoFactorChallengeDto> {
    return this.flows.browserSignIn(user, origin, req, reply);
  }

  @UseGuards(LocalAuthGuard)
  @PublicPost('token')
  @HttpCode(HttpStatus.OK)
  @ApiRoute('Sign in an API client: returns a bearer access token and a refresh token', {
    200: {
      description: 'A token pair, or a challenge for the second step when two-factor sign-in is on',
      schema: {
        oneOf: [{ $ref: getSchemaPath(TokenPairResponse) }, { $ref: getSchemaPath(TwoFactorChallengeResponse) }],
      },
    },
    400: 'A field is missing or malformed',
  })
  @ApiBody({ type: SignInBody })
  @ApiExtraModels(TokenPairResponse, TwoFactorChallengeResponse)
  @ApiUnauthorizedResponse({
    description: 'Wrong e-mail or password (never says which)',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts; see Retry-After',
  })
  token(
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
    @Req() req: FastifyRequest,
  ): Promise<TokenPairDto | TwoFactorChallengeDto> {
    return this.flows.clientSignIn(user, origin, req);
  }

  @PublicPost('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token (single use) for a new pair',
    description:
      'With `refreshToken` in the body: returns a new token pair. Without it: uses the cumbre_rt cookie, ' +
      'sets new cookies and returns the signed-in user. A token presented twice ends its whole session.',
  })
  @ApiExtraModels(MeResponse, TokenPairResponse)
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(MeResponse) }, { $ref: getSchemaPath(TokenPairResponse) }],
    },
  })
  @ApiUnauthorizedResponse({
    description: 'Unknown, expired, revoked or reused refresh token',
  })
  refresh(
    @Body() body: RefreshBody,
    @Req() req: FastifyRequest,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto | TokenPairDto> {
    return this.flows.refresh(body, req, origin, reply);
  }

  @AllowedDuringTwoFactorEnrolment()
  @PublicPost('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute('Sign out: revokes the session and clears the cookies', { 204: true })
  @ApiBody({ type: RefreshBody, required: false })
  logout(
    @Body() body: RefreshBody,
    @Req() req: FastifyRequest,
    @OptionalUser() user: AuthUser | null,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.flows.signOut(body, req, user, origin, reply);
  }

  @Authenticated()
  @AllowedDuringTwoFactorEnrolment()
  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiRoute('The signed-in user with memberships', { 200: MeResponse })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.flows.me(user);
  }

  @Authenticated()
  @AllowedDuringTwoFactorEnrolment()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiRoute("Change one's own password; other sessions end, this one stays", {
    204: true,
    400: 'currentPassword wrong, or newPassword too short, long or common',
  })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong current passwords; see Retry-After',
  })
  changePassword(
    @Body() body: ChangePasswordBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.flows.changePassword(user, body, origin);
  }
}
