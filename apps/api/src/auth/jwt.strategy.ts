import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import type { FastifyRequest } from 'fastify';
import { createSecretKey, randomUUID } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ApiError } from '../common/api-error';
import type { AuthUser } from '../common/auth-user';
import { PrincipalLoader } from './principal.loader';
import { extractAccessToken } from './session-cookies';
import type { AccessTokenClaims } from './token.service';

/** Clocks of two API instances may differ this much; a token "issued" further ahead is forged. */
export const IAT_CLOCK_SKEW_SECONDS = 60;

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

  private readonly accessTtlSeconds: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly principals: PrincipalLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([(req) => extractAccessToken(req as unknown as FastifyRequest)]),
      // A key object made once: given the string, jsonwebtoken first tries to read it as a PEM
      // public key on every request (an exception thrown and caught each time; the largest cost
      // of a signed-in read in the benchmark's profile) before taking it as the HMAC secret it
      // is. The types of passport-jwt predate key objects; jsonwebtoken takes them.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')) as unknown as Buffer,
      // Pinned: a token signed with any other algorithm (or `none`) is refused.
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
      // Also bounds the age by `iat`, whatever `exp` a token claims.
      jsonWebTokenOptions: { maxAge: config.jwt.accessTtlSeconds + 60 },
    });
    this.accessTtlSeconds = config.jwt.accessTtlSeconds;
    passport.use(this.registeredName, this);
  }

  onModuleDestroy(): void {
    passport.unuse(this.registeredName);
  }

  async validate(claims: Partial<AccessTokenClaims> & { exp?: unknown; iat?: unknown }): Promise<AuthUser> {
    // The JWT library checks `exp` only when present; a token without one would never expire.
    const { exp, iat, sub, sid } = claims;
    const wellFormed =
      typeof exp === 'number' &&
      typeof iat === 'number' &&
      typeof sub === 'string' &&
      UUID.test(sub) &&
      typeof sid === 'string' &&
      UUID.test(sid);
    if (!wellFormed) throw new ApiError('auth.unauthenticated', 'Unauthorized');
    // maxAge bounds the age by `iat`: a token dated in the future, or living longer than we
    // issue them, would escape that bound.
    const now = Math.floor(Date.now() / 1000);
    if (iat > now + IAT_CLOCK_SKEW_SECONDS || exp - iat > this.accessTtlSeconds)
      throw new ApiError('auth.unauthenticated', 'Unauthorized');
    const user = await this.principals.load(sub, sid);
    if (!user) throw new ApiError('auth.unauthenticated', 'Unauthorized');
    return user;
  }
}
