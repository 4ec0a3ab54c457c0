import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeDto, TokenPairDto } from '@cumbre/contracts';
import { UsersService } from '../users/users.service';
import type { AuthUser, RequestOrigin } from './auth-user';
import { AuthService } from './auth.service';
import { ChangePasswordBody, RefreshBody } from './dto/auth.requests';
import { refreshTokenFromCookie, SessionCookies } from './session-cookies';
import { DEVICE_COOKIE } from './sign-in-devices';
import type { IssuedSession } from './token.service';

function tokenPair(session: IssuedSession): TokenPairDto {
  return {
    tokenType: 'Bearer',
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    expiresIn: session.expiresIn,
  };
}

/**
 * The auth endpoints' use cases, where the transport matters: browsers get cookies, API
 * clients get tokens in the body.
 */
@Injectable()
export class AuthFlows {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookies: SessionCookies,
  ) {}

  async browserSignIn(
    user: AuthUser,
    origin: RequestOrigin,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<MeDto> {
    const session = await this.auth.signIn(user, origin, 'cookie', req.cookies?.[DEVICE_COOKIE]);
    this.cookies.write(reply, session);
    if (session.deviceToken) this.cookies.writeDevice(reply, session.deviceToken);
    return this.users.getMe(user.id);
  }

  async clientSignIn(user: AuthUser, origin: RequestOrigin): Promise<TokenPairDto> {
    return tokenPair(await this.auth.signIn(user, origin, 'token'));
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
      if (error instanceof UnauthorizedException) this.cookies.clear(reply);
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

  me(user: AuthUser): Promise<MeDto> {
    return this.users.getMe(user.id);
  }

  changePassword(user: AuthUser, body: ChangePasswordBody, origin: RequestOrigin): Promise<void> {
    return this.auth.changePassword(user, body, origin);
  }
}
