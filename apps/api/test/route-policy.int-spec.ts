import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { createApp } from '../src/app/create-app';
import { testConfig } from './test-app';
import { readAccessPolicy } from '../src/common/access-policy';
import { IS_PUBLIC_KEY, REQUIRED_ROLES_KEY } from '../src/common/policy.decorators';

interface DiscoveredRoute {
  handler: string;
  method: string;
  url: string;
  policy: ReturnType<typeof readAccessPolicy>;
  declared: string[];
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p.length > 0)
    .join('/');

/** Every controller handler Nest knows of, with its full URL and declared access policy. */
function discoverRoutes(app: NestFastifyApplication): DiscoveredRoute[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue; // not a route handler
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const targets = [handler as never, controller];
        // Read straight from the metadata, independently of the guard's own reading: the
        // handler's declaration wins, else the controller's; it must be exactly one.
        const levels = [handler, controller].map((target) =>
          [
            Reflect.getMetadata(IS_PUBLIC_KEY, target) === true ? 'public' : null,
            Reflect.getMetadata(REQUIRED_ROLES_KEY, target) !== undefined ? 'roles' : null,
          ].filter((d): d is string => d !== null),
        );
        const declared = levels.find((level) => level.length > 0) ?? [];
        for (const prefix of base) {
          for (const path of ([] as string[]).concat(paths)) {
            routes.push({
              handler: `${controller.name}.${name}`,
              method,
              url: join('api', prefix, path),
              policy: readAccessPolicy(reflector, targets),
              declared,
            });
          }
        }
      }
    }
  }
  return routes;
}

describe('every route declares its access policy', () => {
  let app: NestFastifyApplication;
  const fastifyRoutes: { method: string; url: string }[] = [];
  let routes: DiscoveredRoute[];

  beforeAll(async () => {
    app = await createApp(testConfig());
    // Recorded from the router itself, so that a route registered some other way is noticed too.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        for (const method of ([] as string[]).concat(route.method))
          fastifyRoutes.push({ method, url: route.url ?? route.path });
      });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    routes = discoverRoutes(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds the routes (the walk itself works)', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'GET /api/auth/me', 'GET /api/users', 'GET /api/audit']),
    );
    expect(routes.length).toBeGreaterThan(15);
    expect(fastifyRoutes.map((r) => `${r.method} ${r.url}`)).toContain('POST /api/auth/login');
  });

  it('gives every handler exactly one of @Public, @Authenticated or @Roles', () => {
    const offenders = routes
      .filter((r) => r.policy === null || r.declared.length !== 1)
      .map((r) => `${r.method} ${r.url} (${r.handler}): declares ${r.declared.join(' + ') || 'nothing'}`);
    expect(offenders).toEqual([]);
  });

  it('walked every /api route the router knows, except the OpenAPI document', () => {
    const known = new Set(routes.map((r) => `${r.method} ${r.url}`));
    const unwalked = fastifyRoutes
      .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url.replace(/\/$/, '') || '/'}`)
      .filter((r) => !known.has(r));
    expect(unwalked).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.policy?.kind === 'signed-in')) {
      const url = route.url.replace(/:[A-Za-z0-9_]+/g, randomUUID()).replace(/\*$/, 'x');
      const res = await app.inject({
        method: route.method as 'GET',
        url,
        ...(route.method !== 'GET' && { payload: {} }),
      });
      if (res.statusCode !== 401) wrong.push(`${route.method} ${route.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('documents the identity endpoints in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/token',
        '/api/users',
        '/api/users/{id}/memberships',
        '/api/memberships/{id}',
        '/api/audit',
      ]),
    );
    expect(doc.components.schemas.SignInBody.required).toEqual(['email', 'password']);
    expect(Object.keys(doc.components.schemas.UserResponse.properties)).toContain('version');
    expect(doc.paths['/api/users'].get.tags).toEqual(['users']);
  });

  it('never answers 5xx to an anonymous caller on a public route', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.policy?.kind === 'public')) {
      const url = route.url.replace(/:[A-Za-z0-9_]+/g, randomUUID()).replace(/\*$/, 'x');
      const res = await app.inject({
        method: route.method as 'GET',
        url,
        headers: {
          'x-forwarded-for': `10.99.${Math.floor(Math.random() * 250)}.1`,
        },
        ...(route.method !== 'GET' && { payload: {} }),
      });
      if (res.statusCode >= 500) wrong.push(`${route.method} ${route.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});
