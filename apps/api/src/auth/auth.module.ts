import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MembershipEntity } from '../users/entities/membership.entity';
import { UserEntity } from '../users/entities/user.entity';
import { UsersModule } from '../users/users.module';
import { AccessPolicyGuard } from './access-policy.guard';
import { AuthFlows } from './auth-flows';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PrincipalLoader } from './principal.loader';
import { RefreshTokenEntity } from '../users/entities/refresh-token.entity';
import { SessionCookies } from './session-cookies';
import { SignInDevices } from './sign-in-devices';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorService } from './two-factor.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';

// PassportModule is not imported on purpose: its options would be injected into the guards
// and replace the per-instance strategy names they are built with.

/**
 * Identity and access: sign-in, sessions, and the global guard that every route passes. Brings
 * the users admin API with it (UsersModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, MembershipEntity, AgencyEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, as in jwt.strategy.ts: given a string, jsonwebtoken first tries to read
        // it as a PEM key (an exception thrown and caught) on every signing and verification.
        secret: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')),
        signOptions: {
          algorithm: 'HS256',
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
          expiresIn: config.jwt.accessTtlSeconds,
        },
        verifyOptions: {
          algorithms: ['HS256'],
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
        },
      }),
    }),
    UsersModule,
  ],
  controllers: [AuthController, TwoFactorController, SessionsController, PasswordResetController],
  providers: [
    AuthService,
    AuthFlows,
    TokenService,
    PrincipalLoader,
    SessionCookies,
    SignInThrottle,
    SignInDevices,
    TwoFactorService,
    SessionsService,
    PasswordResetService,
    JwtStrategy,
    LocalStrategy,
    { provide: APP_GUARD, useClass: AccessPolicyGuard },
  ],
  exports: [TokenService],
})
export class AuthModule {}
