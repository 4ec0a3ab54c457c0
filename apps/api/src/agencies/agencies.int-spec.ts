import { randomBytes } from 'node:crypto';
import type { AgencyDirectoryEntry, AgencyDto, Page } from '@cumbre/contracts';
import { postRawJson, useTestApp } from '../../test/test-app';
import { AuthHeaders, bearerFor, DEMO_ROLES } from '../../test/demo-sessions';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const suffix = () => randomBytes(4).toString('hex');

describe('agencies API', () => {
  const t = useTestApp();
  const as: Record<keyof typeof DEMO_ROLES, AuthHeaders> = {} as never;
  let piura: AgencyDirectoryEntry;

  beforeAll(async () => {
    for (const [role, email] of Object.entries(DEMO_ROLES)) {
      as[role as keyof typeof DEMO_ROLES] = await bearerFor(t.app, email);
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/agencies?q=PE-PIU', headers: as.staff });
    piura = (list.json() as Page<AgencyDirectoryEntry>).items[0];
  });

  /** A fresh agency of this spec's own (unique names: other specs share the database). */
  async function createAgency(body: Record<string, unknown> = {}): Promise<AgencyDto> {
    const s = suffix();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: as.admin,
      payload: { name: `Agencia de prueba ${s}`, shortName: `AP ${s}`, kind: 'local', ...body },
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  /** Resolves once some session of this database waits for a lock in a statement like `pattern`. */
  async function waitForLockWaiter(pattern: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
        [pattern],
      );
      if (rows.length > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no session waited for a lock in ${pattern}`);
  }

  const post = (payload: unknown, headers = as.admin) =>
    t.app.inject({ method: 'POST', url: '/api/agencies', headers, payload: payload as object });
  const patch = (id: string, payload: unknown, headers = as.admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/agencies/${id}`, headers, payload: payload as object });

  describe('access', () => {
    it('answers 401 to anonymous callers on every route', async () => {
      const routes: [string, string][] = [
        ['GET', '/api/agencies'],
        ['GET', `/api/agencies/${piura.id}`],
        ['POST', '/api/agencies'],
        ['PATCH', `/api/agencies/${piura.id}`],
      ];
      for (const [method, url] of routes) {
        const res = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {} });
        expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 401 });
      }
    });

    it.each(Object.keys(DEMO_ROLES) as (keyof typeof DEMO_ROLES)[])('lets %s read the directory', async (role) => {
      const list = await t.app.inject({ method: 'GET', url: '/api/agencies', headers: as[role] });
      expect(list.statusCode).toBe(200);
      const one = await t.app.inject({ method: 'GET', url: `/api/agencies/${piura.id}`, headers: as[role] });
      expect(one.statusCode).toBe(200);
    });

    it.each(['moderator', 'leader', 'staff', 'analyst'] as const)(
      'refuses changes by %s (403), writing nothing',
      async (role) => {
        const s = suffix();
        const created = await post({ name: `No debe existir ${s}`, shortName: `ND ${s}`, kind: 'local' }, as[role]);
        expect(created.statusCode).toBe(403);
        const changed = await patch(piura.id, { version: piura.version, name: `Cambio ${s}` }, as[role]);
        expect(changed.statusCode).toBe(403);
        const [row]: { n: number }[] = await t.db.query(
          'SELECT count(*)::int AS n FROM organization WHERE short_name = $1',
          [`ND ${s}`],
        );
        expect(row.n).toBe(0);
        const after = await t.app.inject({ method: 'GET', url: `/api/agencies/${piura.id}`, headers: as.admin });
        expect(after.json().name).toBe('Gobierno Regional de Piura');
      },
    );
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    expect(Object.keys(doc.paths['/api/agencies']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/agencies/{id}']).sort()).toEqual(['get', 'patch']);
    expect(Object.keys(doc.paths['/api/sharing-groups/{id}']).sort()).toEqual(['get', 'patch']);
    expect(doc.components.schemas['UpdateAgencyBody'].required).toEqual(['version']);
    expect(doc.components.schemas['AgencyDirectoryEntryResponse'].properties).toHaveProperty('leaders');
  });

  describe('directory', () => {
    it('lists the demo agencies with parent, leaders, member count and sharing groups', async () => {
      expect(piura).toMatchObject({
        name: 'Gobierno Regional de Piura',
        kind: 'regional',
        isoCode: 'PE-PIU',
        parent: null,
      });
      expect(piura.leaders).toEqual([expect.objectContaining({ displayName: 'Marisol Chunga Purizaca' })]);
      expect(piura.memberCount).toBeGreaterThanOrEqual(2);
      expect(piura.sharingGroups.map((g) => g.name)).toContain('Macro-región Norte');
      expect(JSON.stringify(piura)).not.toMatch(/password|email|@cumbre\.demo/i);

      const coresec = await t.app.inject({ method: 'GET', url: '/api/agencies?q=CORESEC', headers: as.staff });
      expect(coresec.json().items[0].parent).toMatchObject({ id: piura.id, shortName: 'GR Piura' });
    });

    it('filters by kind and by text, ignoring case and accents', async () => {
      const regional = (
        await t.app.inject({ method: 'GET', url: '/api/agencies?kind=regional&limit=500', headers: as.staff })
      ).json();
      expect(regional.items.length).toBeGreaterThanOrEqual(6);
      expect(regional.items.every((a: AgencyDto) => a.kind === 'regional')).toBe(true);
      const codes = regional.items.map((a: AgencyDto) => a.isoCode);
      expect(codes).toEqual(expect.arrayContaining(['PE-TUM', 'PE-PIU', 'PE-CAJ', 'PE-LAM', 'PE-LAL', 'PE-ANC']));

      const ancash = (await t.app.inject({ method: 'GET', url: '/api/agencies?q=ANCASH', headers: as.staff })).json();
      expect(ancash.items.map((a: AgencyDto) => a.name)).toEqual(['Gobierno Regional de Áncash']);
      const none = (await t.app.inject({ method: 'GET', url: '/api/agencies?q=%25%25%25', headers: as.staff })).json();
      expect(none).toEqual({ items: [], total: 0, limit: 100, offset: 0 });
    });

    it('pages with limit and offset and reports the total', async () => {
      const page = (
        await t.app.inject({ method: 'GET', url: '/api/agencies?kind=regional&limit=2&offset=1', headers: as.staff })
      ).json();
      expect(page.items).toHaveLength(2);
      expect(page).toMatchObject({ limit: 2, offset: 1 });
      expect(page.total).toBeGreaterThanOrEqual(6);
    });

    it('answers 404 for an unknown id and 400 naming the parameter for a malformed one', async () => {
      const missing = await t.app.inject({ method: 'GET', url: `/api/agencies/${UNKNOWN_ID}`, headers: as.staff });
      expect(missing.statusCode).toBe(404);
      const malformed = await t.app.inject({ method: 'GET', url: '/api/agencies/not-a-uuid', headers: as.staff });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().message).toContain('id must be a UUID');
    });

    it.each([
      ['kind=bogus', 'kind'],
      ['limit=abc', 'limit'],
      ['limit=0', 'limit'],
      ['offset=-1', 'offset'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['color=red', 'color'],
    ])('refuses the query %s naming %s', async (query, field) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/agencies?${query}`, headers: as.staff });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
    });
  });

  describe('create', () => {
    it('creates an agency under a parent and audits it in the same transaction', async () => {
      const created = await createAgency({ parentId: piura.id, isoCode: null });
      expect(created).toMatchObject({ kind: 'local', parentId: piura.id, isoCode: null, version: 1 });
      const audit: { actor_email: string; details: Record<string, unknown> }[] = await t.db.query(
        `SELECT actor_email, details FROM audit_event WHERE action = 'agency.created' AND object_id = $1`,
        [created.id],
      );
      expect(audit).toEqual([
        { actor_email: DEMO_ROLES.admin, details: expect.objectContaining({ name: created.name, parentId: piura.id }) },
      ]);
    });

    it('trims names and accepts ISO 3166-2 codes of other countries', async () => {
      const s = suffix();
      const code = `EC-${s.slice(0, 3).toUpperCase()}`;
      const created = await createAgency({ name: `  Región ${s}  `, isoCode: code });
      expect(created.name).toBe(`Región ${s}`);
      expect(created.isoCode).toBe(code);
    });

    it.each([
      ['an unknown field', { extra: 1 }, 'extra'],
      ['a name of the wrong type', { name: 5 }, 'name'],
      ['a name too long', { name: 'n'.repeat(201) }, 'name'],
      ['a name of blanks', { name: '   ' }, 'name'],
      ['a short name too short', { shortName: 'x' }, 'shortName'],
      ['a short name too long', { shortName: 's'.repeat(41) }, 'shortName'],
      ['an unknown kind', { kind: 'ministry' }, 'kind'],
      ['a malformed ISO code', { isoCode: 'PIURA' }, 'isoCode'],
      ['a lower-case ISO code', { isoCode: 'pe-piu' }, 'isoCode'],
      ['a malformed parent id', { parentId: 'abc' }, 'parentId'],
      ['an unknown parent', { parentId: UNKNOWN_ID }, 'parentId'],
    ])('refuses %s with 400 naming the field', async (_label, override, field) => {
      const s = suffix();
      const res = await post({ name: `Inválida ${s}`, shortName: `INV ${s}`, kind: 'local', ...override });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
      const [row]: { n: number }[] = await t.db.query(
        'SELECT count(*)::int AS n FROM organization WHERE short_name = $1',
        [`INV ${s}`],
      );
      expect(row.n).toBe(0);
    });

    it('refuses a missing body, an array and malformed JSON with 400', async () => {
      expect((await post(undefined)).statusCode).toBe(400);
      expect((await post([{ name: 'x' }])).statusCode).toBe(400);
      const broken = await postRawJson(t.app, '/api/agencies', as.admin, '{"name": "Agencia');
      expect(broken.statusCode).toBe(400);
    });

    it('answers 409 naming the field when a name, short name or ISO code is taken', async () => {
      const taken = await post({ name: 'Gobierno Regional de Piura', shortName: `X ${suffix()}`, kind: 'regional' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().message).toContain('name');
      const iso = await post({
        name: `Otra ${suffix()}`,
        shortName: `O ${suffix()}`,
        kind: 'regional',
        isoCode: 'PE-PIU',
      });
      expect(iso.statusCode).toBe(409);
      expect(iso.json().message).toContain('isoCode');
    });
  });

  describe('update', () => {
    it('changes the fields sent, bumps the version and audits the change', async () => {
      const a = await createAgency({ isoCode: null });
      const res = await patch(a.id, { version: 1, name: `${a.name} bis`, kind: 'other' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: `${a.name} bis`, kind: 'other', shortName: a.shortName, version: 2 });
      const audit: { details: { changes: Record<string, unknown> } }[] = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'agency.updated' AND object_id = $1`,
        [a.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].details.changes).toEqual({
        name: { from: a.name, to: `${a.name} bis` },
        kind: { from: 'local', to: 'other' },
      });
    });

    it('clears the parent with null, and answers a change of nothing without a new version', async () => {
      const a = await createAgency({ parentId: piura.id });
      const cleared = await patch(a.id, { version: 1, parentId: null });
      expect(cleared.json()).toMatchObject({ parentId: null, version: 2 });
      const same = await patch(a.id, { version: 2, parentId: null });
      expect(same.json()).toMatchObject({ version: 2 });
    });

    it('answers 409 for a stale version and keeps the newer change', async () => {
      const a = await createAgency();
      expect((await patch(a.id, { version: 1, name: `${a.name} uno` })).statusCode).toBe(200);
      const stale = await patch(a.id, { version: 1, name: `${a.name} dos` });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().message).toContain('version');
      const now = await t.app.inject({ method: 'GET', url: `/api/agencies/${a.id}`, headers: as.admin });
      expect(now.json()).toMatchObject({ name: `${a.name} uno`, version: 2 });
    });

    it('lets exactly one of two concurrent changes of the same version through', async () => {
      const a = await createAgency();
      const results = await Promise.all(
        ['A', 'B', 'C'].map((tag) => patch(a.id, { version: 1, name: `${a.name} ${tag}` })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const [row]: { version: number }[] = await t.db.query('SELECT version FROM organization WHERE id = $1', [a.id]);
      expect(row.version).toBe(2);
    });

    it('answers 409 when another change commits between its read and its write (conditional UPDATE)', async () => {
      const a = await createAgency();
      const other = t.db.createQueryRunner();
      await other.connect();
      try {
        await other.startTransaction();
        await other.query('SELECT 1 FROM organization WHERE id = $1 FOR UPDATE', [a.id]);
        // The PATCH reads version 1 (not blocked), then waits for the row lock at its UPDATE.
        const pending = patch(a.id, { version: 1, name: `${a.name} tarde` });
        await waitForLockWaiter(`UPDATE "organization"%`);
        await other.query(`UPDATE organization SET name = $2, version = version + 1 WHERE id = $1`, [
          a.id,
          `${a.name} antes`,
        ]);
        await other.commitTransaction();
        const res = await pending;
        expect(res.statusCode).toBe(409);
      } finally {
        await other.release();
      }
      const [row]: { name: string; version: number }[] = await t.db.query(
        'SELECT name, version FROM organization WHERE id = $1',
        [a.id],
      );
      expect(row).toEqual({ name: `${a.name} antes`, version: 2 });
      const [audit]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'agency.updated' AND object_id = $1`,
        [a.id],
      );
      expect(audit.n).toBe(0);
    });

    it('refuses a cycle in the hierarchy and an agency as its own parent', async () => {
      const parent = await createAgency();
      const child = await createAgency({ parentId: parent.id });
      const grandchild = await createAgency({ parentId: child.id });
      const cycle = await patch(parent.id, { version: 1, parentId: grandchild.id });
      expect(cycle.statusCode).toBe(400);
      expect(cycle.json().message).toContain('parentId');
      const self = await patch(parent.id, { version: 1, parentId: parent.id });
      expect(self.statusCode).toBe(400);
      expect(self.json().message).toContain('parentId');
      const [row]: { parent_id: string | null; version: number }[] = await t.db.query(
        'SELECT parent_id, version FROM organization WHERE id = $1',
        [parent.id],
      );
      expect(row).toEqual({ parent_id: null, version: 1 });
    });

    it.each([
      ['no version', {}, 'version'],
      ['a version of the wrong type', { version: '1' }, 'version'],
      ['a null name', { version: 1, name: null }, 'name'],
      ['a null kind', { version: 1, kind: null }, 'kind'],
      ['a name too long', { version: 1, name: 'n'.repeat(201) }, 'name'],
      ['an unknown field', { version: 1, parent: 'x' }, 'parent'],
      ['an unknown parent', { version: 1, parentId: UNKNOWN_ID }, 'parentId'],
    ])('refuses %s with 400 naming the field', async (_label, body, field) => {
      const a = await createAgency();
      const res = await patch(a.id, body);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
      const [row]: { version: number }[] = await t.db.query('SELECT version FROM organization WHERE id = $1', [a.id]);
      expect(row.version).toBe(1);
    });

    it('answers 404 for an unknown agency and 400 for a malformed id', async () => {
      expect((await patch(UNKNOWN_ID, { version: 1, name: 'Nadie' })).statusCode).toBe(404);
      expect((await patch('123', { version: 1, name: 'Nadie' })).statusCode).toBe(400);
    });
  });
});
