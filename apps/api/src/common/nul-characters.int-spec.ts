import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bearer, createTestAgency, createTestUser, randomIp, signInWithToken } from '../../test/identity-fixtures';
import { useTestApp } from '../../test/test-app';
import { findNulCharacter } from './nul-characters.pipe';

/** PostgreSQL text cannot hold U+0000: a NUL sent by a client is a 400 naming the field, never a 500. */
describe('NUL characters in requests', () => {
  const t = useTestApp();
  let staff: Record<string, string>;
  let admin: Record<string, string>;
  let agencyId: string;
  beforeAll(async () => {
    agencyId = await createTestAgency(t.app);
    staff = bearer(
      (await signInWithToken(t.app, await createTestUser(t.app, { memberships: [{ agencyId, role: 'staff' }] })))
        .accessToken,
    );
    admin = bearer(
      (await signInWithToken(t.app, await createTestUser(t.app, { platformRoles: ['admin'] }))).accessToken,
    );
  });

  const expect400Naming = (res: Awaited<ReturnType<NestFastifyApplication['inject']>>, field: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(`${field} must not contain a NUL character (\\u0000)`);
  };

  it('in a body field, nested or not', async () => {
    expect400Naming(
      await t.app.inject({
        method: 'POST',
        url: '/api/meetings',
        headers: staff,
        payload: { title: 'a\u0000b', hostAgencyId: agencyId },
      }),
      'title',
    );
    expect400Naming(
      await t.app.inject({
        method: 'POST',
        url: '/api/meetings',
        headers: staff,
        payload: { title: 'Reunión', hostAgencyId: agencyId, venue: { name: 'Sala\u0000' } },
      }),
      'venue.name',
    );
  });

  it('in a query parameter of a search', async () => {
    expect400Naming(await t.app.inject({ method: 'GET', url: '/api/agencies?q=%00', headers: staff }), 'q');
    expect400Naming(await t.app.inject({ method: 'GET', url: '/api/users?search=a%00', headers: admin }), 'search');
    expect400Naming(await t.app.inject({ method: 'GET', url: '/api/audit?objectId=%00', headers: admin }), 'objectId');
  });

  it('in sign-in credentials (checked before the pipes run)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/token',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: 'nadie@prueba.example.pe', password: 'clave\u0000clave' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('names the first offending path', () => {
    expect(findNulCharacter({ a: 'ok', b: [{ c: 'x' }, { c: 'y\u0000' }] })).toBe('b.1.c');
    expect(findNulCharacter({ a: 'ok', n: 3, z: null })).toBeNull();
    expect(findNulCharacter('\u0000', 'id')).toBe('id');
  });
});
