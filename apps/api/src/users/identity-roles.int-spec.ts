import { useTestApp } from '../../test/test-app';
import {
  createRoleUsers,
  createTestAgency,
  createTestUser,
  ROLE_NAMES,
  RoleName,
  unique,
} from '../../test/identity-fixtures';

type Caller = RoleName | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLE_NAMES];

interface Endpoint {
  name: string;
  /** Builds a fresh, valid request (so that only the caller's role decides the answer). */
  request: () => Promise<{
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
  }>;
  allowed: Caller[];
  okStatus: number;
}

describe('role matrix of the identity endpoints', () => {
  const t = useTestApp();
  let headers: Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    headers = (await createRoleUsers(t.app)).headers;
  });

  const newMembership = async () => {
    const agencyId = await createTestAgency(t.app);
    const user = await createTestUser(t.app, {
      memberships: [{ agencyId, role: 'staff' }],
    });
    const [row] = await t.db.query(`SELECT id FROM membership WHERE user_id = $1`, [user.id]);
    return row.id as string;
  };
  const signedIn: Caller[] = [...ROLE_NAMES];
  const adminOnly: Caller[] = ['admin'];

  const endpoints: Endpoint[] = [
    {
      name: 'GET /api/auth/me',
      request: async () => ({ method: 'GET', url: '/api/auth/me' }),
      allowed: signedIn,
      okStatus: 200,
    },
    {
      name: 'POST /api/auth/password',
      // A wrong current password: reaching the check (400) proves the caller got through.
      request: async () => ({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'x', newPassword: 'Otra-clave-segura-88' },
      }),
      allowed: signedIn,
      okStatus: 400,
    },
    {
      name: 'GET /api/users',
      request: async () => ({ method: 'GET', url: '/api/users' }),
      allowed: adminOnly,
      okStatus: 200,
    },
    {
      name: 'GET /api/users/:id',
      request: async () => ({
        method: 'GET',
        url: `/api/users/${(await createTestUser(t.app)).id}`,
      }),
      allowed: adminOnly,
      okStatus: 200,
    },
    {
      name: 'POST /api/users',
      request: async () => ({
        method: 'POST',
        url: '/api/users',
        payload: {
          email: `${unique('rol')}@prueba.example.pe`,
          displayName: 'Rol Prueba',
          password: 'Clave-de-prueba-larga-9',
        },
      }),
      allowed: adminOnly,
      okStatus: 201,
    },
    {
      name: 'PATCH /api/users/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/users/${(await createTestUser(t.app)).id}`,
        payload: { displayName: 'Cambiado', version: 1 },
      }),
      allowed: adminOnly,
      okStatus: 200,
    },
    {
      name: 'POST /api/users/:id/memberships',
      request: async () => ({
        method: 'POST',
        url: `/api/users/${(await createTestUser(t.app)).id}/memberships`,
        payload: { agencyId: await createTestAgency(t.app), role: 'analyst' },
      }),
      allowed: adminOnly,
      okStatus: 201,
    },
    {
      name: 'PATCH /api/memberships/:id',
      request: async () => ({
        method: 'PATCH',
        url: `/api/memberships/${await newMembership()}`,
        payload: { clearance: 'RED' },
      }),
      allowed: adminOnly,
      okStatus: 200,
    },
    {
      name: 'DELETE /api/memberships/:id',
      request: async () => ({
        method: 'DELETE',
        url: `/api/memberships/${await newMembership()}`,
      }),
      allowed: adminOnly,
      okStatus: 204,
    },
    {
      name: 'GET /api/audit',
      request: async () => ({ method: 'GET', url: '/api/audit' }),
      allowed: adminOnly,
      okStatus: 200,
    },
  ];

  for (const endpoint of endpoints) {
    it(`${endpoint.name}: ${endpoint.allowed.join(', ')} only`, async () => {
      const answers: Record<string, number> = {};
      for (const caller of CALLERS) {
        const req = await endpoint.request();
        const res = await t.app.inject({ ...req, headers: headers[caller] });
        answers[caller] = res.statusCode;
      }
      const expected = Object.fromEntries(
        CALLERS.map((c) => [c, endpoint.allowed.includes(c) ? endpoint.okStatus : c === 'anonymous' ? 401 : 403]),
      );
      expect(answers).toEqual(expected);
    });
  }

  it('writes nothing for a refused caller, and audits the denial', async () => {
    const email = `${unique('denied')}@prueba.example.pe`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: headers.moderator,
      payload: {
        email,
        displayName: 'No Debe',
        password: 'Clave-de-prueba-larga-9',
      },
    });
    expect(res.statusCode).toBe(403);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toEqual([]);
    const denials = await t.db.query(
      `SELECT details FROM audit_event WHERE action = 'auth.permission_denied' AND object_id = 'POST /api/users' AND request_id = $1`,
      [res.headers['x-request-id']],
    );
    expect(denials).toEqual([{ details: { requiredRoles: ['admin'], heldRoles: ['moderator'] } }]);
  });
});
