import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { MembershipRole, PlatformRole, TlpLevel } from '@cumbre/contracts';
import { AgencyEntity } from '../src/agencies/entities/agency.entity';
import { hashPassword } from '../src/users/credentials/password-hasher';
import { MembershipEntity } from '../src/users/entities/membership.entity';
import { UserEntity } from '../src/users/entities/user.entity';

// Users, agencies and sessions made by a spec for itself: unique names, so that specs running
// in parallel on one database never meet. Sign-ins go through the real endpoints.

export const TEST_PASSWORD = 'Prueba-de-integracion-42';
let testPasswordHash: Promise<string> | undefined;

export const unique = (prefix = 't') => `${prefix}-${randomBytes(5).toString('hex')}`;

/** A fresh address that no other spec uses; each failed sign-in from it counts on its own. */
export const randomIp = () => `10.${randomBytes(3).join('.')}`;

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export interface TestUserOptions {
  platformRoles?: PlatformRole[];
  memberships?: {
    agencyId: string;
    role: MembershipRole;
    clearance?: TlpLevel;
  }[];
  disabled?: boolean;
  displayName?: string;
}

export async function createTestAgency(app: NestFastifyApplication): Promise<string> {
  const name = unique('Agencia de prueba');
  const inserted = await app
    .get(DataSource)
    .getRepository(AgencyEntity)
    .insert({
      name,
      shortName: name.slice(-20),
      kind: 'other',
      isoCode: null,
      parentId: null,
    });
  return inserted.identifiers[0]['id'] as string;
}

export async function createTestUser(app: NestFastifyApplication, options: TestUserOptions = {}): Promise<TestUser> {
  const ds = app.get(DataSource);
  const email = `${unique('user')}@prueba.example.pe`;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const inserted = await ds.getRepository(UserEntity).insert({
    email,
    displayName: options.displayName ?? `Usuario ${email.slice(5, 15)}`,
    passwordHash: await testPasswordHash,
    platformRoles: options.platformRoles ?? [],
    disabledAt: options.disabled ? new Date() : null,
  });
  const id = inserted.identifiers[0]['id'] as string;
  for (const m of options.memberships ?? []) {
    await ds.getRepository(MembershipEntity).insert({
      userId: id,
      agencyId: m.agencyId,
      role: m.role,
      clearance: m.clearance ?? 'GREEN',
    });
  }
  return { id, email, password: TEST_PASSWORD };
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** Signs in through `POST /api/auth/token`, as an API client would. */
export async function signInWithToken(
  app: NestFastifyApplication,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<TokenPair> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/token',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${user.email} failed: ${res.statusCode} ${res.body}`);
  return res.json() as TokenPair;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface AdminCaller {
  /** The admin's user id and bearer headers (read inside hooks and tests). */
  readonly id: string;
  readonly headers: Record<string, string>;
  /** A request as the admin, with a JSON body when one is given. */
  call(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ): ReturnType<NestFastifyApplication['inject']>;
}

/** A platform admin of the spec's own, signed in with a bearer token in `beforeAll`. */
export function useAdminCaller(t: { readonly app: NestFastifyApplication }): AdminCaller {
  let id = '';
  let headers: Record<string, string> = {};
  beforeAll(async () => {
    const user = await createTestUser(t.app, { platformRoles: ['admin'] });
    id = user.id;
    headers = bearer((await signInWithToken(t.app, user)).accessToken);
  });
  return {
    get id() {
      return id;
    },
    get headers() {
      return headers;
    },
    call: (method, url, payload) =>
      t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) }),
  };
}

/** A browser's cookie jar for `app.inject()`: keeps what the API sets, sends the XSRF header. */
export class BrowserSession {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: NestFastifyApplication) {}

  /** Loads any page first, which hands out the XSRF-TOKEN cookie. */
  async start(): Promise<this> {
    await this.request('GET', '/api/health/live');
    return this;
  }

  async signIn(user: Pick<TestUser, 'email' | 'password'>) {
    return this.request('POST', '/api/auth/login', {
      email: user.email,
      password: user.password,
    });
  }

  /** Sends the cookies and, unless told not to, the X-XSRF-TOKEN header that Angular adds. */
  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    opts: { xsrf?: boolean } = {},
  ) {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf && opts.xsrf !== false && method !== 'GET') headers['x-xsrf-token'] = xsrf;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined && { payload: payload as object }),
    });
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}

export type RoleName = 'staff' | 'analyst' | 'leader' | 'moderator' | 'admin';
export const ROLE_NAMES: RoleName[] = ['staff', 'analyst', 'leader', 'moderator', 'admin'];

/** One fresh user per role (agency roles in a fresh agency), each with a bearer header. */
export async function createRoleUsers(app: NestFastifyApplication): Promise<{
  agencyId: string;
  users: Record<RoleName, TestUser>;
  headers: Record<RoleName | 'anonymous', Record<string, string>>;
}> {
  const agencyId = await createTestAgency(app);
  const users = {
    staff: await createTestUser(app, {
      memberships: [{ agencyId, role: 'staff' }],
    }),
    analyst: await createTestUser(app, {
      memberships: [{ agencyId, role: 'analyst', clearance: 'AMBER' }],
    }),
    leader: await createTestUser(app, {
      memberships: [{ agencyId, role: 'leader' }],
    }),
    moderator: await createTestUser(app, { platformRoles: ['moderator'] }),
    admin: await createTestUser(app, { platformRoles: ['admin'] }),
  };
  const headers = { anonymous: {} } as Record<RoleName | 'anonymous', Record<string, string>>;
  for (const role of ROLE_NAMES) headers[role] = bearer((await signInWithToken(app, users[role])).accessToken);
  return { agencyId, users, headers };
}
