import { randomBytes } from 'node:crypto';
import type { AgencyDirectoryEntry, Page, SharingGroupDto } from '@cumbre/contracts';
import { postRawJson, useTestApp } from '../../test/test-app';
import { AuthHeaders, bearerFor, DEMO_ROLES } from '../../test/demo-sessions';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const suffix = () => randomBytes(4).toString('hex');

describe('sharing groups API', () => {
  const t = useTestApp();
  const as: Record<keyof typeof DEMO_ROLES, AuthHeaders> = {} as never;
  /** Demo agency ids by short name. */
  const agency: Record<string, string> = {};
  let norte: SharingGroupDto;

  beforeAll(async () => {
    for (const [role, email] of Object.entries(DEMO_ROLES)) {
      as[role as keyof typeof DEMO_ROLES] = await bearerFor(t.app, email);
    }
    const agencies = (
      await t.app.inject({ method: 'GET', url: '/api/agencies?limit=500', headers: as.admin })
    ).json() as Page<AgencyDirectoryEntry>;
    for (const a of agencies.items) agency[a.shortName] = a.id;
    const groups = await t.app.inject({
      method: 'GET',
      url: '/api/sharing-groups?q=macro-region norte',
      headers: as.staff,
    });
    norte = (groups.json() as Page<SharingGroupDto>).items[0];
  });

  const post = (payload: unknown, headers = as.admin) =>
    t.app.inject({ method: 'POST', url: '/api/sharing-groups', headers, payload: payload as object });
  const patch = (id: string, payload: unknown, headers = as.admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/sharing-groups/${id}`, headers, payload: payload as object });

  async function createGroup(members: string[]): Promise<SharingGroupDto> {
    const res = await post({
      name: `Grupo de prueba ${suffix()}`,
      description: 'prueba',
      agencyIds: members.map((m) => agency[m]),
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  async function memberRows(groupId: string): Promise<string[]> {
    const rows: { organization_id: string }[] = await t.db.query(
      'SELECT organization_id FROM sharing_group_member WHERE sharing_group_id = $1 ORDER BY organization_id',
      [groupId],
    );
    return rows.map((r) => r.organization_id);
  }

  describe('access', () => {
    it('answers 401 to anonymous callers on every route', async () => {
      for (const [method, url] of [
        ['GET', '/api/sharing-groups'],
        ['GET', `/api/sharing-groups/${norte.id}`],
        ['POST', '/api/sharing-groups'],
        ['PATCH', `/api/sharing-groups/${norte.id}`],
      ]) {
        const res = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {} });
        expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 401 });
      }
    });

    it.each(Object.keys(DEMO_ROLES) as (keyof typeof DEMO_ROLES)[])('lets %s read sharing groups', async (role) => {
      expect((await t.app.inject({ method: 'GET', url: '/api/sharing-groups', headers: as[role] })).statusCode).toBe(
        200,
      );
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/sharing-groups/${norte.id}`, headers: as[role] })).statusCode,
      ).toBe(200);
    });

    it.each(['moderator', 'leader', 'staff', 'analyst'] as const)(
      'refuses changes by %s (403), writing nothing',
      async (role) => {
        const name = `No debe existir ${suffix()}`;
        expect((await post({ name, agencyIds: [] }, as[role])).statusCode).toBe(403);
        expect((await patch(norte.id, { version: norte.version, agencyIds: [] }, as[role])).statusCode).toBe(403);
        const [row]: { n: number }[] = await t.db.query(
          'SELECT count(*)::int AS n FROM sharing_group WHERE name = $1',
          [name],
        );
        expect(row.n).toBe(0);
        expect(await memberRows(norte.id)).toHaveLength(8);
      },
    );
  });

  describe('read', () => {
    it('has the Macro-región Norte group of the eight summit agencies', () => {
      expect(norte.name).toBe('Macro-región Norte');
      expect(norte.agencies.map((a) => a.shortName).sort()).toEqual(
        ['ANGR', 'GR Áncash', 'GR Cajamarca', 'GR La Libertad', 'GR Lambayeque', 'GR Piura', 'GR Tumbes', 'PCM'].sort(),
      );
      expect(Object.keys(norte.agencies[0]).sort()).toEqual(['id', 'isoCode', 'kind', 'name', 'shortName']);
    });

    it('filters by member agency', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/sharing-groups?agencyId=${agency['RegPol Piura']}`,
        headers: as.staff,
      });
      const names = (res.json() as Page<SharingGroupDto>).items.map((g) => g.name);
      expect(names).toContain('Seguridad Ciudadana Piura');
      expect(names).not.toContain('Macro-región Norte');
    });

    it('answers 404 for an unknown id, 400 for malformed ids and unknown parameters', async () => {
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/sharing-groups/${UNKNOWN_ID}`, headers: as.staff })).statusCode,
      ).toBe(404);
      const bad = await t.app.inject({ method: 'GET', url: '/api/sharing-groups/xyz', headers: as.staff });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('id');
      const badFilter = await t.app.inject({
        method: 'GET',
        url: '/api/sharing-groups?agencyId=xyz',
        headers: as.staff,
      });
      expect(JSON.stringify(badFilter.json().message)).toContain('agencyId');
      const unknown = await t.app.inject({ method: 'GET', url: '/api/sharing-groups?sort=name', headers: as.staff });
      expect(unknown.statusCode).toBe(400);
      expect(JSON.stringify(unknown.json().message)).toContain('sort');
    });
  });

  describe('create', () => {
    it('creates a group with its members and audits it', async () => {
      const group = await createGroup(['GR Piura', 'RegPol Piura']);
      expect(group.agencies.map((a) => a.shortName)).toEqual(['GR Piura', 'RegPol Piura']);
      expect(group.version).toBe(1);
      const audit: { actor_email: string }[] = await t.db.query(
        `SELECT actor_email FROM audit_event WHERE action = 'sharing_group.created' AND object_id = $1`,
        [group.id],
      );
      expect(audit).toEqual([{ actor_email: DEMO_ROLES.admin }]);
    });

    it.each([
      ['duplicate agency ids', () => ({ agencyIds: [agency['PCM'], agency['PCM']] }), 'agencyIds'],
      ['a malformed agency id', () => ({ agencyIds: ['pcm'] }), 'agencyIds'],
      ['agency ids that are not a list', () => ({ agencyIds: agency['PCM'] }), 'agencyIds'],
      ['a name too long', () => ({ name: 'g'.repeat(121) }), 'name'],
      ['a name of the wrong type', () => ({ name: ['x'] }), 'name'],
      ['a description too long', () => ({ description: 'd'.repeat(2001) }), 'description'],
      ['an unknown field', () => ({ members: [] }), 'members'],
    ])('refuses %s with 400 naming the field', async (_label, override, field) => {
      const name = `Inválido ${suffix()}`;
      const res = await post({ name, agencyIds: [agency['PCM']], ...override() });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
      const [row]: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM sharing_group WHERE name = $1', [
        name,
      ]);
      expect(row.n).toBe(0);
    });

    it('refuses an unknown agency naming it, and creates nothing', async () => {
      const name = `Con desconocida ${suffix()}`;
      const res = await post({ name, agencyIds: [agency['PCM'], UNKNOWN_ID] });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(UNKNOWN_ID);
      expect(res.json().message).toContain('agencyIds');
      const [row]: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM sharing_group WHERE name = $1', [
        name,
      ]);
      expect(row.n).toBe(0);
    });

    it('answers 409 naming the field for a name in use, and 400 for malformed JSON', async () => {
      const taken = await post({ name: 'Macro-región Norte', agencyIds: [] });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().message).toContain('name');
      const broken = await postRawJson(t.app, '/api/sharing-groups', as.admin, '{"name": [');
      expect(broken.statusCode).toBe(400);
    });
  });

  describe('update', () => {
    it('replaces the member set and renames in one change, audited', async () => {
      const group = await createGroup(['GR Piura', 'RegPol Piura']);
      const res = await patch(group.id, {
        version: 1,
        name: `${group.name} v2`,
        agencyIds: [agency['RegPol Piura'], agency['DF Piura'], agency['MP Piura']],
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: `${group.name} v2`, version: 2 });
      expect(await memberRows(group.id)).toEqual(
        [agency['RegPol Piura'], agency['DF Piura'], agency['MP Piura']].sort(),
      );
      const [audit]: { details: { changes: { members: { added: string[]; removed: string[] } } } }[] = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'sharing_group.updated' AND object_id = $1`,
        [group.id],
      );
      expect(audit.details.changes.members.removed).toEqual([agency['GR Piura']]);
      expect(audit.details.changes.members.added.sort()).toEqual([agency['DF Piura'], agency['MP Piura']].sort());
    });

    it('writes nothing at all when one of the agencies is unknown', async () => {
      const group = await createGroup(['GR Tumbes']);
      const res = await patch(group.id, {
        version: 1,
        name: `${group.name} cambiado`,
        description: 'cambiada',
        agencyIds: [agency['GR Piura'], UNKNOWN_ID],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(UNKNOWN_ID);
      const [row]: { name: string; description: string; version: number }[] = await t.db.query(
        'SELECT name, description, version FROM sharing_group WHERE id = $1',
        [group.id],
      );
      expect(row).toEqual({ name: group.name, description: 'prueba', version: 1 });
      expect(await memberRows(group.id)).toEqual([agency['GR Tumbes']]);
    });

    it('empties a group with an empty list', async () => {
      const group = await createGroup(['GR Tumbes', 'PCM']);
      const res = await patch(group.id, { version: 1, agencyIds: [] });
      expect(res.json()).toMatchObject({ agencies: [], version: 2 });
    });

    it('answers 409 for a stale version, leaving the members as the newer change set them', async () => {
      const group = await createGroup(['GR Tumbes']);
      expect((await patch(group.id, { version: 1, agencyIds: [agency['PCM']] })).statusCode).toBe(200);
      const stale = await patch(group.id, { version: 1, agencyIds: [agency['ANGR']] });
      expect(stale.statusCode).toBe(409);
      expect(await memberRows(group.id)).toEqual([agency['PCM']]);
    });

    it('lets exactly one of concurrent changes of the same version through', async () => {
      const group = await createGroup(['GR Tumbes']);
      const results = await Promise.all(
        ['PCM', 'ANGR', 'GR Piura'].map((m) => patch(group.id, { version: 1, agencyIds: [agency[m]] })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      expect(await memberRows(group.id)).toHaveLength(1);
    });

    it.each([
      ['no version', { agencyIds: [] }, 'version'],
      ['a null name', { version: 1, name: null }, 'name'],
      ['null agency ids', { version: 1, agencyIds: null }, 'agencyIds'],
      ['duplicate agency ids', { version: 1, agencyIds: [UNKNOWN_ID, UNKNOWN_ID] }, 'agencyIds'],
      ['an unknown field', { version: 1, owner: 'x' }, 'owner'],
    ])('refuses %s with 400 naming the field', async (_label, body, field) => {
      const group = await createGroup(['GR Tumbes']);
      const res = await patch(group.id, body);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
    });

    it('answers 404 for an unknown group', async () => {
      expect((await patch(UNKNOWN_ID, { version: 1, name: 'Nadie' })).statusCode).toBe(404);
    });
  });
});
