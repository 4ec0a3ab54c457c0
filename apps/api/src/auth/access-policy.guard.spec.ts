import { ExecutionContext, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuditService } from '../audit/audit.service';
import { AccessPolicyGuard } from './access-policy.guard';
import type { AuthUser } from './auth-user';
import { RequireCsrf } from './csrf';
import type { JwtStrategy } from './jwt.strategy';
import { Authenticated, Public, Roles } from './policy.decorators';

class Routes {
  @Public() open() {
    return 'open';
  }
  @Authenticated() signedIn() {
    return 'signedIn';
  }
  @Roles('admin') adminOnly() {
    return 'adminOnly';
  }
  undeclared() {
    return 'undeclared';
  }
  @Public() @Roles('admin') contradictory() {
    return 'contradictory';
  }
  @Public() @RequireCsrf() login() {
    return 'login';
  }
}

@Roles('admin')
class AdminRoutes {
  inherited() {
    return 'inherited';
  }
  @Public() overridden() {
    return 'overridden';
  }
}

const staff: AuthUser = {
  id: 'u1',
  email: 'u1@x.pe',
  displayName: 'U',
  platformRoles: [],
  memberships: [],
};

function context(
  handler: keyof Routes | keyof AdminRoutes,
  req: Record<string, unknown> = {},
  controller: typeof Routes | typeof AdminRoutes = Routes,
): ExecutionContext {
  const request = {
    method: 'GET',
    url: '/api/x',
    headers: {},
    cookies: {},
    routeOptions: { url: '/api/x' },
    ...req,
  };
  return {
    getHandler: () => (controller.prototype as unknown as Record<string, unknown>)[handler],
    getClass: () => controller,
    getType: () => 'http',
    switchToHttp: () => ({
      getRequest: () => request,
      getResponse: () => ({}),
    }),
  } as unknown as ExecutionContext;
}

describe('AccessPolicyGuard', () => {
  let audit: { record: jest.Mock };
  let sut: AccessPolicyGuard;
  let authenticate: jest.SpyInstance;

  beforeEach(() => {
    audit = { record: jest.fn().mockResolvedValue(undefined) };
    sut = new AccessPolicyGuard(
      new Reflector(),
      audit as unknown as AuditService,
      { registeredName: 'jwt:test' } as JwtStrategy,
    );
    // Stands in for passport-jwt: the parent guard's canActivate sets request.user.
    authenticate = jest
      .spyOn(Object.getPrototypeOf(AccessPolicyGuard.prototype), 'canActivate')
      .mockImplementation(async function (this: unknown, ctx: unknown) {
        const req = (ctx as ExecutionContext).switchToHttp().getRequest<{ user?: AuthUser; signedInAs?: AuthUser }>();
        if (!req.signedInAs) throw new UnauthorizedException();
        req.user = req.signedInAs;
        return true;
      });
  });
  afterEach(() => authenticate.mockRestore());

  it('refuses, and logs as an error, a route that declares no policy', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(sut.canActivate(context('undeclared', { signedInAs: staff }))).rejects.toMatchObject({ status: 403 });
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ handler: 'Routes.undeclared' }),
      expect.stringContaining('no access policy'),
    );
    expect(authenticate).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('refuses a route that declares both @Public and @Roles', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(sut.canActivate(context('contradictory'))).rejects.toMatchObject({ status: 403 });
  });

  it('lets anyone through a public route, with or without credentials', async () => {
    await expect(sut.canActivate(context('open'))).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
    const withBadToken = context('open', {
      headers: { authorization: 'Bearer not-a-token' },
    });
    await expect(sut.canActivate(withBadToken)).resolves.toBe(true);
    expect(withBadToken.switchToHttp().getRequest().user).toBeNull();
  });

  it('authenticates signed-in routes', async () => {
    await expect(sut.canActivate(context('signedIn'))).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(sut.canActivate(context('signedIn', { signedInAs: staff }))).resolves.toBe(true);
  });

  it('refuses a caller without the role, and audits the denial', async () => {
    await expect(sut.canActivate(context('adminOnly', { signedInAs: staff }))).rejects.toMatchObject({ status: 403 });
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'auth.permission_denied',
        actor: staff,
        details: expect.objectContaining({ requiredRoles: ['admin'] }),
      }),
    );
    const admin = { ...staff, platformRoles: ['admin' as const] };
    await expect(sut.canActivate(context('adminOnly', { signedInAs: admin }))).resolves.toBe(true);
  });

  it("takes the handler's declaration over its controller's", async () => {
    await expect(sut.canActivate(context('inherited', { signedInAs: staff }, AdminRoutes))).rejects.toMatchObject({
      status: 403,
    });
    await expect(sut.canActivate(context('overridden', {}, AdminRoutes))).resolves.toBe(true);
  });

  it('asks for the CSRF header on sign-in even without a session cookie, but not from bearer clients', async () => {
    await expect(sut.canActivate(context('login', { method: 'POST' }))).rejects.toThrow(/CSRF/);
    const ok = context('login', {
      method: 'POST',
      cookies: { 'XSRF-TOKEN': 'abc' },
      headers: { 'x-xsrf-token': 'abc' },
    });
    await expect(sut.canActivate(ok)).resolves.toBe(true);
    await expect(
      sut.canActivate(
        context('login', {
          method: 'POST',
          headers: { authorization: 'Bearer x' },
        }),
      ),
    ).resolves.toBe(true);
  });
});
