import type { ApiErrorBody, NoteDto, NoteHistoryDto } from '@cumbre/contracts';
import { createNote, createNotesWorld, type NotesWorld } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';

/** Writing notes: the rules on marking and distribution, versioned edits with revisions, the audit. */
describe('notes: create, edit, delete', () => {
  const t = useTestApp();
  let w: NotesWorld;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'RED' }] },
      lowAuthor: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'GREEN' }] },
      leader: { memberships: [{ agency: 'a', role: 'leader', clearance: 'RED' }] },
      redB: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'RED' }] },
      greenB: { memberships: [{ agency: 'b', role: 'staff', clearance: 'GREEN' }] },
    });
  });

  const post = (who: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/notes', headers: w.person(who).headers, payload });
  const patch = (who: string, id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/notes/${id}`, headers: w.person(who).headers, payload });
  const code = (res: { json(): unknown }) => (res.json() as ApiErrorBody).code;

  it('refuses bad markings and distributions with their own codes', async () => {
    const base = { kind: 'intelligence', authorAgencyId: w.a, title: 'Nota', body: 'x', distribution: 'all_agencies' };
    const cases: [object, number, string, string?][] = [
      [{ ...base, marking: 'PURPLE' }, 400, 'validation.failed'],
      [{ ...base, marking: undefined }, 400, 'note.marking_required', 'marking'],
      [{ ...base, marking: 'RED' }, 400, 'note.red_needs_recipients', 'redRecipientIds'],
      [{ ...base, marking: 'AMBER', redRecipientIds: [w.person('redB').id] }, 400, 'note.recipients_only_for_red'],
      [{ ...base, marking: 'RED', redRecipientIds: [w.person('greenB').id] }, 400, 'note.recipient_not_cleared'],
      [{ ...base, marking: 'AMBER', distribution: 'sharing_group' }, 400, 'note.sharing_group_required'],
      [{ ...base, marking: 'AMBER', sharingGroupId: w.group }, 400, 'note.sharing_group_required'],
      [{ ...base, marking: 'GREEN', isPublic: true }, 400, 'note.intelligence_never_public', 'isPublic'],
      [{ ...base, kind: 'best_practice', marking: 'AMBER' }, 400, 'note.best_practice_unmarked'],
      [{ ...base, authorAgencyId: w.c, marking: 'GREEN' }, 403, 'note.not_member_of_agency'],
    ];
    for (const [payload, status, expected, field] of cases) {
      const res = await post('author', payload);
      expect([JSON.stringify(payload), res.statusCode, code(res)]).toEqual([JSON.stringify(payload), status, expected]);
      if (field) expect((res.json() as ApiErrorBody).field).toBe(field);
    }
    // A group the author's agency is not in.
    const [{ id: foreign }]: { id: string }[] = await t.db.query(
      `INSERT INTO sharing_group (name, description, version) VALUES ($1, '', 1) RETURNING id`,
      [`Ajeno ${w.c}`],
    );
    const res = await post('author', {
      ...base,
      marking: 'AMBER',
      distribution: 'sharing_group',
      sharingGroupId: foreign,
    });
    expect([res.statusCode, code(res)]).toEqual([400, 'note.sharing_group_not_joined']);
    // Above the writer's own clearance.
    const high = await post('lowAuthor', { ...base, marking: 'AMBER' });
    expect([high.statusCode, code(high)]).toEqual([403, 'note.marking_above_clearance']);
  });

  it('keeps every previous version on edit, checks the version and audits access changes', async () => {
    const note = await createNote(t.app, w.person('author').headers, {
      authorAgencyId: w.a,
      marking: 'AMBER',
      distribution: 'agency_only',
      title: 'Extorsión en mercados',
      body: 'Primera versión con <script>alert(1)</script> y [enlace](javascript:alert(1)).',
    });
    // Rendered inert by the app's one renderer: no script element, no javascript: link.
    expect(note.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(note.version).toBe(1);

    const edited = await patch('author', note.id, {
      version: 1,
      body: 'Segunda versión.',
      tags: ['Extorsión', 'mercados'],
      places: [{ regionCode: 'PE-LAL', city: 'Trujillo' }],
    });
    expect(edited.statusCode).toBe(200);
    expect((edited.json() as NoteDto).tags).toEqual(['extorsión', 'mercados']);
    expect((edited.json() as NoteDto).places).toEqual([{ regionCode: 'PE-LAL', province: null, city: 'Trujillo' }]);

    const stale = await patch('author', note.id, { version: 1, title: 'Otra' });
    expect([stale.statusCode, code(stale)]).toEqual([409, 'common.stale_version']);

    const same = await patch('author', note.id, { version: 2, body: 'Segunda versión.' });
    expect([same.statusCode, code(same)]).toEqual([400, 'note.nothing_to_change']);

    // Widening (a wider distribution, a lower marking) needs the author agency's leader.
    const wider = await patch('author', note.id, { version: 2, distribution: 'all_agencies' });
    expect([wider.statusCode, code(wider), (wider.json() as ApiErrorBody).field]).toEqual([
      403,
      'note.widen_needs_leader',
      'distribution',
    ]);
    const lower = await patch('author', note.id, { version: 2, marking: 'GREEN' });
    expect([lower.statusCode, code(lower)]).toEqual([403, 'note.widen_needs_leader']);
    // Narrowing is the author's own call.
    const narrower = await patch('author', note.id, { version: 2, marking: 'AMBER+STRICT' });
    expect(narrower.statusCode).toBe(200);
    const byLeader = await patch('leader', note.id, {
      version: 3,
      marking: 'AMBER',
      distribution: 'sharing_group',
      sharingGroupId: w.group,
    });
    expect(byLeader.statusCode).toBe(200);

    const outsider = await patch('greenB', note.id, { version: 4, title: 'x' });
    expect([outsider.statusCode, code(outsider)]).toEqual([404, 'note.not_found']);

    const history = (
      await t.app.inject({ method: 'GET', url: `/api/notes/${note.id}/revisions`, headers: w.person('author').headers })
    ).json() as NoteHistoryDto;
    expect(history.map((r) => [r.version, r.marking, r.distribution, r.editedBy?.displayName])).toEqual([
      [1, 'AMBER', 'agency_only', 'Persona author'],
      [2, 'AMBER', 'agency_only', 'Persona author'],
      [3, 'AMBER+STRICT', 'agency_only', 'Persona author'],
      [4, 'AMBER', 'sharing_group', 'Persona leader'],
    ]);
    expect(history[0].body).toContain('Primera versión');

    const audit: { action: string; details: { widened?: boolean } }[] = await t.db.query(
      `SELECT action, details FROM audit_event WHERE object_id = $1 ORDER BY occurred_at, id`,
      [note.id],
    );
    const accessChanges = audit.filter((e) => e.action === 'note.access_changed');
    expect(accessChanges.map((e) => e.details.widened)).toEqual([false, true]);
  });

  it('deletes a note with its revisions; only the author or the leader may', async () => {
    const note = await createNote(t.app, w.person('author').headers, {
      authorAgencyId: w.a,
      marking: 'GREEN',
      distribution: 'all_agencies',
    });
    const other = await t.app.inject({
      method: 'DELETE',
      url: `/api/notes/${note.id}`,
      headers: w.person('greenB').headers,
    });
    expect([other.statusCode, code(other)]).toEqual([403, 'note.edit_forbidden']);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/notes/${note.id}`,
      headers: w.person('leader').headers,
    });
    expect(res.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/notes/${note.id}`,
      headers: w.person('author').headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('publishes a best practice to the public only through the leader, and never intelligence', async () => {
    const draft = await post('author', {
      kind: 'best_practice',
      authorAgencyId: w.a,
      title: 'Patrullaje vecinal',
      body: 'Rondas con la policía.',
      status: 'shared',
    });
    expect(draft.statusCode).toBe(201);
    const note = draft.json() as NoteDto;
    expect([note.marking, note.distribution, note.isPublic]).toEqual(['CLEAR', 'all_agencies', false]);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/notes/public/${note.id}` });
    expect(anonymous.statusCode).toBe(404);
    const byAuthor = await patch('author', note.id, { version: 1, isPublic: true });
    expect(code(byAuthor)).toBe('note.widen_needs_leader');
    const byLeader = await patch('leader', note.id, { version: 1, isPublic: true });
    expect(byLeader.statusCode).toBe(200);
    const now = await t.app.inject({ method: 'GET', url: `/api/notes/public/${note.id}` });
    expect(now.statusCode).toBe(200);
    expect((now.json() as NoteDto).permissions.edit).toBe(false);
  });
});
