import { randomUUID } from 'node:crypto';
import { postRawJson, useTestApp } from '../../test/test-app';
import {
  bearer,
  createTestAgency,
  useAdminCaller,
  createTestUser,
  signInWithToken,
  TEST_PASSWORD,
  unique,
} from '../../test/identity-fixtures';

describe('users admin API', () => {
  const t = useTestApp();
  const admin = useAdminCaller(t);
  const call = admin.call;
  const auditCount = async (objectId: string, action?: string) =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND ($2::text IS NULL OR action = $2)`,
        [objectId, action ?? null],
      )
    )[0].n as number;
  const newUserBody = () => ({
    email: `${unique('Nuevo')}@Prueba.Example.PE`,
    displayName: '  Rosa Chumpitaz  ',
    password: 'Clave-de-prueba-larga-9',
  });

  describe('POST /api/users', () => {
    it('creates a user (e-mail lower-cased, name trimmed), audits it, and the user can sign in', async () => {
      const body = { ...newUserBody(), platformRoles: ['moderator'] };
      const res = await call('POST', '/api/users', body);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toEqual({
        id: expect.any(String),
        email: body.email.toLowerCase(),
        displayName: 'Rosa Chumpitaz',
        platformRoles: ['moderator'],
        disabled: false,
        memberships: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      expect(await auditCount(created.id, 'user.created')).toBe(1);
      await expect(signInWithToken(t.app, { email: created.email, password: body.password })).resolves.toBeDefined();
    });

    it('answers 409 naming the field for an e-mail in use, writing nothing', async () => {
      const existing = await createTestUser(t.app);
      const res = await call('POST', '/api/users', {
        ...newUserBody(),
        email: existing.email.toUpperCase(),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toMatch(/^email /);
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [existing.email]);
      expect(rows[0].n).toBe(1);
    });

    it.each([
      ['an unknown field', { isAdmin: true }, 'property isAdmin should not exist'],
      ['a malformed e-mail', { email: 'not-an-email' }, 'email must be an e-mail address'],
      ['an e-mail of the wrong type', { email: 42 }, 'email must be an e-mail address'],
      [
        'a too long display name',
        { displayName: 'x'.repeat(121) },
        'displayName must be shorter than or equal to 120 characters',
      ],
      ['a blank display name', { displayName: '   ' }, 'displayName must be longer than or equal to 2 characters'],
      ['a short password', { password: 'corta' }, 'password must be at least 12 characters long'],
      ['a too long password', { password: 'x'.repeat(129) }, 'password must be at most 128 characters long'],
      ['a common password', { password: 'password1234' }, 'password is too common; choose another one'],
      [
        'an unknown platform role',
        { platformRoles: ['root'] },
        'each value in platformRoles must be one of the following values: admin, moderator',
      ],
      ['platform roles of the wrong type', { platformRoles: 'admin' }, 'platformRoles must be an array'],
    ])('answers 400 to %s, naming the field, and writes nothing', async (_label, override, message) => {
      const body = { ...newUserBody(), ...override };
      const res = await call('POST', '/api/users', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(message);
      if (typeof body.email === 'string') {
        const rows = await t.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = lower($1)`, [body.email]);
        expect(rows[0].n).toBe(0);
      }
    });

    it('answers 400 to a missing field and to malformed JSON', async () => {
      const missing = await call('POST', '/api/users', {
        email: `${unique()}@prueba.example.pe`,
        password: 'Clave-de-prueba-larga-9',
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().fields.map((f: { message: string }) => f.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^displayName /)]),
      );
      const malformed = await postRawJson(t.app, '/api/users', admin.headers, '{"email": "a@b.pe",');
      expect(malformed.statusCode).toBe(400);
    });
  });

  describe('GET /api/users and /api/users/:id', () => {
    it('pages and searches by name or e-mail, case-insensitively, with memberships', async () => {
      const tag = unique('zq');
      const agencyId = await createTestAgency(t.app);
      const a = await createTestUser(t.app, {
        displayName: `Ana ${tag}`,
        memberships: [{ agencyId, role: 'analyst', clearance: 'RED' }],
      });
      const b = await createTestUser(t.app, {
        displayName: `Beto ${tag.toUpperCase()}`,
      });
      const res = await call('GET', `/api/users?search=${tag}&limit=1`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        id: a.id,
        memberships: [{ role: 'analyst', clearance: 'RED', agency: { id: agencyId } }],
      });
      const second = (await call('GET', `/api/users?search=${tag}&limit=1&offset=1`)).json();
      expect(second.items.map((u: { id: string }) => u.id)).toEqual([b.id]);
      const byEmail = (
        await call('GET', `/api/users?search=${encodeURIComponent(a.email.slice(0, 12).toUpperCase())}`)
      ).json();
      expect(byEmail.items.map((u: { id: string }) => u.id)).toContain(a.id);
    });

    it('finds names whatever their accents and case, and sorts accented initials among their letters', async () => {
      const tag = unique('acc').toLowerCase();
      const ids: Record<string, string> = {};
      for (const name of ['Óscar', 'Pedro', 'Ñaupari', 'Mónica', 'Nadia', 'Élmer']) {
        ids[name] = (await createTestUser(t.app, { displayName: `${name} ${tag}` })).id;
      }
      const names = async (search: string) =>
        (
          (await call('GET', `/api/users?search=${encodeURIComponent(search)}`)).json().items as {
            displayName: string;
          }[]
        ).map((u) => u.displayName.replace(` ${tag}`, ''));
      expect(await names(tag)).toEqual(['Élmer', 'Mónica', 'Nadia', 'Ñaupari', 'Óscar', 'Pedro']);
      for (const search of [`óscar ${tag}`, `OSCAR ${tag}`, `Óscar ${tag}`])
        expect(await names(search)).toEqual(['Óscar']);
      for (const search of [`ñaupari ${tag}`, `NAUPARI ${tag}`]) expect(await names(search)).toEqual(['Ñaupari']);
    });

    it('treats % and _ in the search literally', async () => {
      const res = await call('GET', `/api/users?search=${encodeURIComponent('%_%')}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(0);
    });

    it.each([
      ['limit=0', 'limit must not be less than 1'],
      ['limit=101', 'limit must not be greater than 100'],
      ['limit=abc', 'limit must be an integer number'],
      ['offset=-1', 'offset must not be less than 0'],
      [`search=${'x'.repeat(101)}`, 'search must be shorter than or equal to 100 characters'],
      ['role=admin', 'property role should not exist'],
    ])('answers 400 to ?%s naming the parameter', async (query, message) => {
      const res = await call('GET', `/api/users?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(message);
    });

    it('reads one user; 404 when missing, 400 for a malformed id', async () => {
      const user = await createTestUser(t.app);
      expect((await call('GET', `/api/users/${user.id}`)).json()).toMatchObject({ id: user.id, email: user.email });
      expect((await call('GET', `/api/users/${randomUUID()}`)).statusCode).toBe(404);
      const bad = await call('GET', '/api/users/not-a-uuid');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toBe('id must be a UUID');
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('renames and changes roles against the version, audits the change, and refuses a stale version', async () => {
      const user = await createTestUser(t.app);
      const res = await call('PATCH', `/api/users/${user.id}`, {
        displayName: 'Nombre Nuevo',
        platformRoles: ['moderator'],
        version: 1,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        displayName: 'Nombre Nuevo',
        platformRoles: ['moderator'],
        version: 2,
      });
      const audit = await t.db.query(
        `SELECT details FROM audit_event WHERE action = 'user.updated' AND object_id = $1`,
        [user.id],
      );
      expect(audit[0].details.changes).toMatchObject({
        displayName: { to: 'Nombre Nuevo' },
        platformRoles: { from: [], to: ['moderator'] },
      });

      const stale = await call('PATCH', `/api/users/${user.id}`, {
        displayName: 'Otro',
        version: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect((await call('GET', `/api/users/${user.id}`)).json().displayName).toBe('Nombre Nuevo');
    });

    it('disables a user: tokens stop at once, refresh fails, sign-in fails; enabling lets them sign in again', async () => {
      const user = await createTestUser(t.app);
      const pair = await signInWithToken(t.app, user);
      const me = () =>
        t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: bearer(pair.accessToken),
        });
      expect((await me()).statusCode).toBe(200);

      const res = await call('PATCH', `/api/users/${user.id}`, {
        disabled: true,
        version: 1,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().disabled).toBe(true);
      expect((await me()).statusCode).toBe(401);
      const refresh = await t.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        payload: { refreshToken: pair.refreshToken },
      });
      expect(refresh.statusCode).toBe(401);
      await expect(signInWithToken(t.app, user)).rejects.toThrow(/401/);
      const live = await t.db.query(
        `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      );
      expect(live[0].n).toBe(0);
      expect(await auditCount(user.id, 'user.disabled')).toBe(1);

      const enabled = await call('PATCH', `/api/users/${user.id}`, {
        disabled: false,
        version: 2,
      });
      expect(enabled.json().disabled).toBe(false);
      await expect(signInWithToken(t.app, { email: user.email, password: TEST_PASSWORD })).resolves.toBeDefined();
    });

    it('does not let an admin disable or demote themself', async () => {
      const current = (await call('GET', `/api/users/${admin.id}`)).json();
      const disable = await call('PATCH', `/api/users/${admin.id}`, {
        disabled: true,
        version: current.version,
      });
      expect(disable.statusCode).toBe(400);
      expect(disable.json().message).toMatch(/^disabled: /);
      const demote = await call('PATCH', `/api/users/${admin.id}`, {
        platformRoles: [],
        version: current.version,
      });
      expect(demote.statusCode).toBe(400);
      expect(demote.json().message).toMatch(/^platformRoles: /);
    });

    it.each([
      ['no version', { displayName: 'Sin versión' }, 'version must be an integer number'],
      ['a null display name', { displayName: null, version: 1 }, 'displayName must be a string'],
      ['disabled of the wrong type', { disabled: 'yes', version: 1 }, 'disabled must be a boolean value'],
      ['an unknown field', { email: 'x@y.pe', version: 1 }, 'property email should not exist'],
      [
        'a too long display name',
        { displayName: 'x'.repeat(121), version: 1 },
        'displayName must be shorter than or equal to 120 characters',
      ],
    ])('answers 400 to %s and changes nothing', async (_label, payload, message) => {
      const user = await createTestUser(t.app);
      const res = await call('PATCH', `/api/users/${user.id}`, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(message);
      expect((await call('GET', `/api/users/${user.id}`)).json()).toMatchObject({ version: 1, disabled: false });
      expect(await auditCount(user.id)).toBe(0);
    });

    it('answers 404 for a missing user and 400 for a malformed id', async () => {
      expect(
        (
          await call('PATCH', `/api/users/${randomUUID()}`, {
            displayName: 'Nadie',
            version: 1,
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await call('PATCH', '/api/users/123', {
            displayName: 'Nadie',
            version: 1,
          })
        ).statusCode,
      ).toBe(400);
    });
  });

  describe('no secret ever leaves', () => {
    it('returns no password hash, token hash or argon2 string from any users or auth endpoint', async () => {
      const agencyId = await createTestAgency(t.app);
      const user = await createTestUser(t.app, {
        memberships: [{ agencyId, role: 'staff' }],
      });
      const pair = await signInWithToken(t.app, user);
      const created = await call('POST', '/api/users', newUserBody());
      const bodies = [
        created.body,
        (await call('GET', '/api/users?limit=100')).body,
        (await call('GET', `/api/users/${user.id}`)).body,
        (
          await call('PATCH', `/api/users/${user.id}`, {
            displayName: 'Otro Nombre',
            version: 1,
          })
        ).body,
        (
          await call('POST', `/api/users/${user.id}/memberships`, {
            agencyId: await createTestAgency(t.app),
            role: 'analyst',
          })
        ).body,
        (await call('GET', '/api/audit?limit=200')).body,
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/auth/me',
            headers: bearer(pair.accessToken),
          })
        ).body,
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/auth/refresh',
            payload: { refreshToken: pair.refreshToken },
          })
        ).body,
      ];
      const hashes: { h: string }[] = await t.db.query(
        `SELECT password_hash AS h FROM app_user WHERE id = $1 UNION ALL SELECT token_hash FROM refresh_token WHERE user_id = $1`,
        [user.id],
      );
      for (const body of bodies) {
        expect(body).not.toMatch(/argon2|passwordHash|password_hash|tokenHash|token_hash/i);
        for (const { h } of hashes) expect(body).not.toContain(h);
      }
    });
  });
});
