import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Strategy } from 'passport-local';
import type { AuthUser } from '../common/auth-user';
import { AuthService } from './auth.service';
import { DEVICE_COOKIE } from './sign-in-devices';

/** E-mail and password from the JSON body (already validated by LocalAuthGuard). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) implements OnModuleDestroy {
  /** Unique per application instance: see JwtStrategy.registeredName. */
  readonly registeredName = `local:${randomUUID()}`;

  constructor(private readonly auth: AuthService) {
    super({
      usernameField: 'email',
      passwordField: 'password',
      passReqToCallback: true,
      session: false,
    });
    passport.use(this.registeredName, this);
  }

  onModuleDestroy(): void {
    passport.unuse(this.registeredName);
  }

  validate(req: FastifyRequest, email: string, password: string): Promise<AuthUser> {
    return this.auth.verifyCredentials(
      email,
      password,
      { ip: req.ip ?? null, requestId: req.id ?? null },
      req.cookies?.[DEVICE_COOKIE],
    );
  }
}
