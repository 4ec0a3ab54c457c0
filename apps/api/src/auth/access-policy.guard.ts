import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '@cumbre/contracts';
import { AuditService } from '../audit/audit.service';
import { PolicyTargets, readAccessPolicy } from '../common/access-policy';
import type { AuthUser } from '../common/auth-user';
import { ROLE_REFUSAL_KEY } from '../common/policy.decorators';
import { assertCsrf, REQUIRE_CSRF_KEY } from './csrf';
import { JwtStrategy } from './jwt.strategy';
import { assertEnrolmentScope, isLimitedOutside } from './two-factor-enrolment';
import { extractAccessToken } from './session-cookies';

type GuardedRequest = FastifyRequest & { user?: AuthUser | null };

/**
 * The one place where access is decided (registered as APP_GUARD): a route is reachable only
 * if it declares `@Public()`, `@Authenticated()` or `@Roles(...)`; anything else is refused.
 * Signed-in callers are authenticated by the JWT strategy, which reloads them from the database.
 */
@Injectable()
export class AccessPolicyGuard extends AuthGuard() {
  private readonly logger = new Logger('AccessPolicy');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    jwt: JwtStrategy,
  ) {
    super({ defaultStrategy: jwt.registeredName, session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<GuardedRequest>();
    const targets: PolicyTargets = [context.getHandler(), context.getClass()];
    const policy = readAccessPolicy(this.reflector, targets);
    if (!policy) {
      this.logger.error(
        {
          reqId: req.id,
          handler: `${context.getClass().name}.${context.getHandler().name}`,
          url: req.url,
        },
        'route declares no access policy (@Public, @Authenticated or @Roles); refused',
      );
      throw new ApiError('auth.no_access_policy', 'This route declares no access policy');
    }
    assertCsrf(req, this.reflector.getAllAndOverride<boolean>(REQUIRE_CSRF_KEY, targets) === true);

    if (policy.kind === 'public') {
      // Public routes may still show more to a signed-in caller; bad credentials are ignored.
      req.user = null;
      if (extractAccessToken(req)) {
        try {
          await super.canActivate(context);
        } catch {
          req.user = null;
        }
        if (isLimitedOutside(req.user, this.reflector, targets)) req.user = null;
      }
      return true;
    }

    await super.canActivate(context);
    const user = req.user as AuthUser;
    assertEnrolmentScope(user, this.reflector, targets);
    if (policy.roles.length > 0 && !policy.roles.some((role) => user.platformRoles.includes(role))) {
      await this.audit.record({
        action: 'auth.permission_denied',
        actor: user,
        objectType: 'route',
        objectId: `${req.method} ${req.routeOptions.url ?? req.url}`.slice(0, 254),
        origin: { ip: req.ip ?? null, requestId: req.id ?? null },
        details: { requiredRoles: policy.roles, heldRoles: user.platformRoles },
      });
      const code =
        this.reflector.getAllAndOverride<ErrorCode | undefined>(ROLE_REFUSAL_KEY, targets) ?? 'auth.forbidden_role';
      throw new ApiError(code, `Requires the ${policy.roles.join(' or ')} role`, {
        params: { roles: [...policy.roles] },
      });
    }
    return true;
  }
}
