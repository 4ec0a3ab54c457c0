import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ApiError } from '../common/api-error';
import type { AuthUser } from './auth-user';
import { PrincipalLoader } from './principal.loader';
import { extractAccessToken } from './session-cookies';
import type { AccessTokenClaims } from './token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Access tokens from `Authorization: Bearer` or the `cumbre_at` cookie; HS256, iss, aud, exp checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) implements OnModuleDestroy {
  /**
   * Passport keeps strategies in one process-wide registry by name. A name of this instance's
   * own keeps two applications in one process (the tests make several) from using each
   * other's strategy, database and configuration.
   */
  readonly registeredName = `jwt:${randomUUID()}`;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly principals: PrincipalLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([(req) => extractAccessToken(req as unknown as FastifyRequest)]),
      secretOrKey: config.jwt.secret,
      // Pinned: a token signed with any other algorithm (or `none`) is refused.
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
      // Also bounds the age by `iat`, whatever `exp` a token claims.
      jsonWebTokenOptions: { maxAge: config.jwt.accessTtlSeconds + 60 },
    });
    passport.use(this.registeredName, this);
  }

  onModuleDestroy(): void {
    passport.unuse(this.registeredName);
  }

  async validate(claims: Partial<AccessTokenClaims> & { exp?: unknown }): Promise<AuthUser> {
    // The JWT library checks `exp` only when present; a token without one would never expire.
    const { exp, sub, sid } = claims;
    const wellFormed =
      typeof exp === 'number' && typeof sub === 'string' && UUID.test(sub) && typeof sid === 'string' && UUID.test(sid);
    if (!wellFormed) throw new ApiError('auth.unauthenticated', 'Unauthorized');
    const user = await this.principals.load(sub, sid);
    if (!user) throw new ApiError('auth.unauthenticated', 'Unauthorized');
    return user;
  }
}
