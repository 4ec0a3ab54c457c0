import { randomUUID } from 'node:crypto';
import { postRawJson, useTestApp } from '../../test/test-app';
import {
  bearer,
  useAdminCaller,
  createTestAgency,
  createTestUser,
  signInWithToken,
} from '../../test/identity-fixtures';

describe('memberships admin API', () => {
  const t = useTestApp();
  const admin = useAdminCaller(t);
  const call = admin.call;
  const membershipsOf = async (userId: string) =>
    (await t.db.query(`SELECT id, organization_id, role, clearance FROM membership WHERE user_id = $1`, [userId])) as {
      id: string;
      organization_id: string;
      role: string;
      clearance: string;
    }[];
  const audits = (objectId: string) =>
    t.db.query(`SELECT action, details FROM audit_event WHERE object_id = $1 ORDER BY occurred_at`, [objectId]);

  it('adds, changes and ends a membership, auditing each, and the user sees it in /me at once', async () => {
    const agencyId = await createTestAgency(t.app);
    const user = await createTestUser(t.app);
    const session = bearer((await signInWithToken(t.app, user)).accessToken);

    const added = await call('POST', `/api/users/${user.id}/memberships`, {
      agencyId,
      role: 'staff',
    });
    expect(added.statusCode).toBe(201);
    const membership = added.json();
    expect(membership).toEqual({
      id: expect.any(String),
      agency: expect.objectContaining({ id: agencyId }),
      role: 'staff',
      clearance: 'GREEN',
    });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: session,
    });
    expect(me.json().memberships).toEqual([membership]);

    const changed = await call('PATCH', `/api/memberships/${membership.id}`, {
      role: 'analyst',
      clearance: 'AMBER+STRICT',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id: membership.id,
      role: 'analyst',
      clearance: 'AMBER+STRICT',
    });

    expect((await call('DELETE', `/api/memberships/${membership.id}`)).statusCode).toBe(204);
    expect(await membershipsOf(user.id)).toEqual([]);
    expect((await call('DELETE', `/api/memberships/${membership.id}`)).statusCode).toBe(404);

    expect((await audits(membership.id)).map((a: { action: string }) => a.action)).toEqual([
      'membership.created',
      'membership.updated',
      'membership.deleted',
    ]);
  });

  it('answers 409 for a second membership in the same agency, writing nothing', async () => {
    const agencyId = await createTestAgency(t.app);
    const user = await createTestUser(t.app, {
      memberships: [{ agencyId, role: 'leader' }],
    });
    const res = await call('POST', `/api/users/${user.id}/memberships`, {
      agencyId,
      role: 'staff',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^agencyId/);
    expect(await membershipsOf(user.id)).toEqual([expect.objectContaining({ role: 'leader' })]);
  });

  it('answers 404 for a missing user and 400 naming agencyId for a missing agency, writing nothing', async () => {
    const agencyId = await createTestAgency(t.app);
    const missingUser = randomUUID();
    expect(
      (
        await call('POST', `/api/users/${missingUser}/memberships`, {
          agencyId,
          role: 'staff',
        })
      ).statusCode,
    ).toBe(404);
    const user = await createTestUser(t.app);
    const res = await call('POST', `/api/users/${user.id}/memberships`, {
      agencyId: randomUUID(),
      role: 'staff',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('agencyId: no agency with this id');
    expect(await membershipsOf(user.id)).toEqual([]);
    const auditRows = await t.db.query(`SELECT 1 FROM audit_event WHERE details->>'userId' = $1`, [user.id]);
    expect(auditRows).toEqual([]);
  });

  it.each([
    ['a malformed agencyId', { agencyId: 'piura', role: 'staff' }, 'agencyId must be a UUID'],
    ['an unknown role', { role: 'boss' }, 'role must be one of the following values: leader, staff, analyst'],
    [
      'an unknown clearance',
      { clearance: 'PURPLE' },
      'clearance must be one of the following values: CLEAR, GREEN, AMBER, AMBER+STRICT, RED',
    ],
    ['a role of the wrong type', { role: 7 }, 'role must be one of the following values: leader, staff, analyst'],
    ['an unknown field', { userId: randomUUID() }, 'property userId should not exist'],
    ['a too long agencyId', { agencyId: 'a'.repeat(300) }, 'agencyId must be a UUID'],
  ])('answers 400 to %s on create, writing nothing', async (_label, override, message) => {
    const user = await createTestUser(t.app);
    const res = await call('POST', `/api/users/${user.id}/memberships`, {
      agencyId: await createTestAgency(t.app),
      role: 'staff',
      ...override,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
    expect(await membershipsOf(user.id)).toEqual([]);
  });

  it.each([
    ['an unknown role', { role: 'boss' }, 'role must be one of the following values: leader, staff, analyst'],
    [
      'a null clearance',
      { clearance: null },
      'clearance must be one of the following values: CLEAR, GREEN, AMBER, AMBER+STRICT, RED',
    ],
    ['an unknown field', { agencyId: randomUUID() }, 'property agencyId should not exist'],
  ])('answers 400 to %s on change, changing nothing', async (_label, payload, message) => {
    const agencyId = await createTestAgency(t.app);
    const user = await createTestUser(t.app, {
      memberships: [{ agencyId, role: 'staff', clearance: 'GREEN' }],
    });
    const [membership] = await membershipsOf(user.id);
    const res = await call('PATCH', `/api/memberships/${membership.id}`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
    expect(await membershipsOf(user.id)).toEqual([membership]);
  });

  it('answers 404 and 400 for missing and malformed membership ids', async () => {
    expect(
      (
        await call('PATCH', `/api/memberships/${randomUUID()}`, {
          role: 'staff',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/memberships/${randomUUID()}`)).statusCode).toBe(404);
    const bad = await call('PATCH', '/api/memberships/nope', { role: 'staff' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('id must be a UUID');
    expect((await call('DELETE', '/api/memberships/nope')).statusCode).toBe(400);
    expect(
      (
        await call('POST', '/api/users/nope/memberships', {
          agencyId: randomUUID(),
          role: 'staff',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('answers 400 to malformed JSON', async () => {
    const user = await createTestUser(t.app);
    const res = await postRawJson(t.app, `/api/users/${user.id}/memberships`, admin.headers, '{"role": staff}');
    expect(res.statusCode).toBe(400);
  });
});
