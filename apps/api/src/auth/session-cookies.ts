import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_TOKEN_COOKIE, REFRESH_TOKEN_COOKIE, SESSION_HINT_COOKIE } from '@cumbre/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from './sign-in-devices';
import type { IssuedSession } from './token.service';

/** The access cookie goes to every API call; the refresh cookie only to the auth endpoints. */
const ACCESS_PATH = '/api';
const REFRESH_PATH = '/api/auth';

/** Writes and clears the browser session's two HttpOnly cookies and its readable hint. */
@Injectable()
export class SessionCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  write(reply: FastifyReply, session: IssuedSession): void {
    const base = {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
    } as const;
    void reply.setCookie(ACCESS_TOKEN_COOKIE, session.accessToken, {
      ...base,
      path: ACCESS_PATH,
      maxAge: this.config.jwt.accessTtlSeconds,
    });
    void reply.setCookie(REFRESH_TOKEN_COOKIE, session.refreshToken, {
      ...base,
      path: REFRESH_PATH,
      maxAge: this.config.jwt.refreshTtlSeconds,
    });
    // The page reads this one (it holds nothing) to know whether asking who is signed in is worth it.
    void reply.setCookie(SESSION_HINT_COOKIE, '1', {
      ...base,
      httpOnly: false,
      path: '/',
      maxAge: this.config.jwt.refreshTtlSeconds,
    });
  }

  /** The device cookie outlives sessions: it is what keeps the owner's way in (SignInDevices). */
  writeDevice(reply: FastifyReply, token: string): void {
    void reply.setCookie(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: REFRESH_PATH,
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    });
  }

  clear(reply: FastifyReply): void {
    const base = {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
    } as const;
    void reply.clearCookie(ACCESS_TOKEN_COOKIE, { ...base, path: ACCESS_PATH });
    void reply.clearCookie(REFRESH_TOKEN_COOKIE, {
      ...base,
      path: REFRESH_PATH,
    });
    void reply.clearCookie(SESSION_HINT_COOKIE, { ...base, httpOnly: false, path: '/' });
  }
}

export function refreshTokenFromCookie(req: FastifyRequest): string | undefined {
  const value = req.cookies?.[REFRESH_TOKEN_COOKIE];
  return value ? value : undefined;
}

/** A bearer header wins over the cookie; a malformed header does not fall back to the cookie. */
export function extractAccessToken(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookie = req.cookies?.[ACCESS_TOKEN_COOKIE];
  return cookie ? cookie : null;
}

export function hasBearerHeader(req: FastifyRequest): boolean {
  return /^Bearer\s/i.test(req.headers.authorization ?? '');
}

export function hasSessionCookie(req: FastifyRequest): boolean {
  return Boolean(req.cookies?.[ACCESS_TOKEN_COOKIE] || req.cookies?.[REFRESH_TOKEN_COOKIE]);
}
