import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeDto, TokenPairDto, TwoFactorChallengeDto } from '@cumbre/contracts';
import { UsersService } from '../users/users.service';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { AuthService, SignInClient } from './auth.service';
import { ChangePasswordBody, RefreshBody } from './dto/auth.requests';
import { refreshTokenFromCookie, SessionCookies } from './session-cookies';
import { DEVICE_COOKIE } from './sign-in-devices';
import type { IssuedSession } from './token.service';
import { TwoFactorService } from './two-factor.service';

function tokenPair(session: IssuedSession): TokenPairDto {
  return {
    tokenType: 'Bearer',
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    expiresIn: session.expiresIn,
  };
}

const userAgentOf = (req: FastifyRequest) => req.headers['user-agent'];

/**
 * The auth endpoints' use cases, where the transport matters: browsers get cookies, API
 * clients get tokens in the body. A user with two-factor sign-in gets a challenge instead of a
 * session after the password; one whose clearance requires it, but who has not set it up, gets a
 * session limited to enrolling.
 */
@Injectable()
export class AuthFlows {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookies: SessionCookies,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async browserSignIn(
    user: AuthUser,
    origin: RequestOrigin,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<MeDto | TwoFactorChallengeDto> {
    const gate = await this.twoFactor.gate(user.id);
    if (gate.enabled) return this.twoFactor.challenge(user.id, 'cookie');
    return this.startBrowserSession(user, origin, req, reply, gate.required);
  }

  async clientSignIn(
    user: AuthUser,
    origin: RequestOrigin,
    req: FastifyRequest,
  ): Promise<TokenPairDto | TwoFactorChallengeDto> {
    const gate = await this.twoFactor.gate(user.id);
    if (gate.enabled) return this.twoFactor.challenge(user.id, 'token');
    const session = await this.auth.signIn(user, origin, 'token', {
      userAgent: userAgentOf(req),
      enrolmentOnly: gate.required,
    });
    return tokenPair(session);
  }

  async browserSecondFactor(
    body: { challengeToken: string; code?: string; recoveryCode?: string },
    origin: RequestOrigin,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<MeDto> {
    const user = await this.twoFactor.verify(body, 'cookie', origin);
    return this.startBrowserSession(user, origin, req, reply, false);
  }

  async clientSecondFactor(
    body: { challengeToken: string; code?: string; recoveryCode?: string },
    origin: RequestOrigin,
    req: FastifyRequest,
  ): Promise<TokenPairDto> {
    const user = await this.twoFactor.verify(body, 'token', origin);
    return tokenPair(await this.auth.signIn(user, origin, 'token', { userAgent: userAgentOf(req) }));
  }

  async refresh(
    body: RefreshBody,
    req: FastifyRequest,
    origin: RequestOrigin,
    reply: FastifyReply,
  ): Promise<MeDto | TokenPairDto> {
    if (body.refreshToken) return tokenPair(await this.auth.refresh(body.refreshToken, origin));
    try {
      const session = await this.auth.refresh(refreshTokenFromCookie(req), origin);
      this.cookies.write(reply, session);
      return await this.users.getMe(session.userId);
    } catch (error) {
      // A dead session's cookies are of no further use to the browser.
      if (error instanceof HttpException && error.getStatus() === HttpStatus.UNAUTHORIZED) this.cookies.clear(reply);
      throw error;
    }
  }

  async signOut(
    body: RefreshBody,
    req: FastifyRequest,
    user: AuthUser | null,
    origin: RequestOrigin,
    reply: FastifyReply,
  ): Promise<void> {
    await this.auth.signOut(body.refreshToken ?? refreshTokenFromCookie(req), user, origin);
    this.cookies.clear(reply);
  }

  async me(user: AuthUser): Promise<MeDto> {
    return { ...(await this.users.getMe(user.id)), twoFactor: await this.twoFactor.status(user) };
  }

  changePassword(user: AuthUser, body: ChangePasswordBody, origin: RequestOrigin): Promise<void> {
    return this.auth.changePassword(user, body, origin);
  }

  private async startBrowserSession(
    user: AuthUser,
    origin: RequestOrigin,
    req: FastifyRequest,
    reply: FastifyReply,
    enrolmentOnly: boolean,
  ): Promise<MeDto> {
    const client: SignInClient = {
      deviceToken: req.cookies?.[DEVICE_COOKIE],
      userAgent: userAgentOf(req),
      enrolmentOnly,
    };
    const session = await this.auth.signIn(user, origin, 'cookie', client);
    this.cookies.write(reply, session);
    if (session.deviceToken) this.cookies.writeDevice(reply, session.deviceToken);
    return this.me({
      ...user,
      sessionId: session.familyId,
      ...(enrolmentOnly ? { twoFactorEnrolmentOnly: true } : {}),
    });
  }
}
