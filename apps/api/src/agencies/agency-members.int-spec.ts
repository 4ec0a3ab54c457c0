import type { AgencyDirectoryEntry, AgencyMemberDto, Page } from '@cumbre/contracts';
import { useTestApp } from '../../test/test-app';
import { bearerFor, DEMO_ROLES } from '../../test/demo-sessions';
import {
  bearer,
  createTestAgency,
  createTestUser,
  signInWithToken,
  TestUser,
  TestUserOptions,
  unique,
} from '../../test/identity-fixtures';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('GET /api/agencies/:id/members', () => {
  const t = useTestApp();
  let agencyId: string;
  let otherAgencyId: string;
  const people: Record<string, TestUser> = {};
  const as: Record<string, Record<string, string>> = {};
  // Accents and case on purpose: the list sorts names the way the directory does.
  const names = {
    leaderZ: unique('Zoila'),
    leaderM: unique('Mario'),
    staff: unique('Ángel'),
    analyst: unique('beatriz'),
    disabled: unique('Aarón'),
  };

  const members = (id: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/agencies/${id}/members`, headers });

  async function person(key: string, options: TestUserOptions, signIn = true): Promise<void> {
    people[key] = await createTestUser(t.app, options);
    if (signIn) as[key] = bearer((await signInWithToken(t.app, people[key])).accessToken);
  }

  beforeAll(async () => {
    agencyId = await createTestAgency(t.app);
    otherAgencyId = await createTestAgency(t.app);
    const here = (role: 'leader' | 'staff' | 'analyst') => [{ agencyId, role }];
    await person('leaderZ', { displayName: names.leaderZ, memberships: here('leader') });
    await person('leaderM', { displayName: names.leaderM, memberships: here('leader') });
    await person('staff', { displayName: names.staff, memberships: here('staff') });
    await person('analyst', { displayName: names.analyst, memberships: here('analyst') });
    await person('disabled', { displayName: names.disabled, memberships: here('staff'), disabled: true }, false);
    await person('outsider', { memberships: [{ agencyId: otherAgencyId, role: 'leader' }] });
    await person('moderator', {
      platformRoles: ['moderator'],
      memberships: [{ agencyId: otherAgencyId, role: 'staff' }],
    });
    await person('admin', { platformRoles: ['admin'] });
  });

  const expectedList = (): AgencyMemberDto[] => [
    { user: { id: people['leaderM'].id, displayName: names.leaderM }, role: 'leader' },
    { user: { id: people['leaderZ'].id, displayName: names.leaderZ }, role: 'leader' },
    { user: { id: people['staff'].id, displayName: names.staff }, role: 'staff' },
    { user: { id: people['analyst'].id, displayName: names.analyst }, role: 'analyst' },
  ];

  it.each(['leaderZ', 'staff', 'analyst'])(
    'shows a member (%s) every enabled member with their role, leaders first then by name',
    async (key) => {
      const res = await members(agencyId, as[key]);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(expectedList());
    },
  );

  it('never carries an e-mail address', async () => {
    const res = await members(agencyId, as['staff']);
    const list = res.json() as AgencyMemberDto[];
    for (const entry of list) {
      expect(Object.keys(entry).sort()).toEqual(['role', 'user']);
      expect(Object.keys(entry.user).sort()).toEqual(['displayName', 'id']);
    }
    for (const p of Object.values(people)) expect(res.body).not.toContain(p.email);
    expect(res.body).not.toMatch(/@/);
  });

  it('leaves disabled users out', async () => {
    const res = await members(agencyId, as['leaderM']);
    expect(res.statusCode).toBe(200);
    const ids = (res.json() as AgencyMemberDto[]).map((m) => m.user.id);
    expect(ids).not.toContain(people['disabled'].id);
    expect(res.body).not.toContain(names.disabled);
  });

  it('shows an admin who belongs to no agency the same list', async () => {
    const res = await members(agencyId, as['admin']);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(expectedList());
  });

  it('answers an agency without enabled members with an empty list', async () => {
    const empty = await createTestAgency(t.app);
    const res = await members(empty, as['admin']);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it.each(['outsider', 'moderator'])(
    'refuses %s (a member of another agency) with 403, names nobody, and audits it',
    async (key) => {
      const res = await members(agencyId, as[key]);
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('only members of this agency may list its members');
      expect(res.body).not.toContain(names.leaderM);
      const audited: unknown[] = await t.db.query(
        `SELECT 1 FROM audit_event WHERE action = 'auth.permission_denied' AND actor_user_id = $1 AND object_id = $2`,
        [people[key].id, agencyId],
      );
      expect(audited).toHaveLength(1);
    },
  );

  it('lets the same outsider list their own agency', async () => {
    const res = await members(otherAgencyId, as['outsider']);
    expect(res.statusCode).toBe(200);
    expect((res.json() as AgencyMemberDto[]).map((m) => m.user.id)).toEqual([
      people['outsider'].id,
      people['moderator'].id,
    ]);
  });

  it('answers 401 to anonymous callers', async () => {
    expect((await members(agencyId)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown agency and 400 naming the parameter for a malformed id', async () => {
    const missing = await members(UNKNOWN_ID, as['admin']);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toContain(UNKNOWN_ID);
    const missingForMember = await members(UNKNOWN_ID, as['staff']);
    expect(missingForMember.statusCode).toBe(404);
    const malformed = await members('not-a-uuid', as['staff']);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toContain('id must be a UUID');
  });

  it("offers the demo Piura staff their governor first (the RSVP journey's delegate)", async () => {
    const staff = await bearerFor(t.app, DEMO_ROLES.staff);
    const found = await t.app.inject({ method: 'GET', url: '/api/agencies?q=PE-PIU', headers: staff });
    const piura = (found.json() as Page<AgencyDirectoryEntry>).items[0];
    const res = await members(piura.id, staff);
    expect(res.statusCode).toBe(200);
    const list = res.json() as AgencyMemberDto[];
    expect(list[0]).toEqual({
      user: { id: expect.any(String), displayName: 'Marisol Chunga Purizaca' },
      role: 'leader',
    });
    expect(list.map((m) => m.user.displayName)).toContain('Andrea Zapata Ruesta');
  });
});
