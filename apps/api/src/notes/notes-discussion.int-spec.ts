import type { ApiErrorBody, NoteCommentDto, NoteDto, NoteEndorsementsDto, NoteReadEventDto } from '@cumbre/contracts';
import { createNote, createNotesWorld, type NotesWorld } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';

/** Comments, endorsements (one per agency), the read trail and "who read this". */
describe('notes: discussion and read trail', () => {
  const t = useTestApp();
  let w: NotesWorld;
  let note: NoteDto;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
      leader: { memberships: [{ agency: 'a', role: 'leader', clearance: 'AMBER' }] },
      staffB: { memberships: [{ agency: 'b', role: 'staff', clearance: 'AMBER' }] },
      leaderB: { memberships: [{ agency: 'b', role: 'leader', clearance: 'AMBER' }] },
      analystB: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'AMBER' }] },
      outsider: { memberships: [{ agency: 'c', role: 'leader', clearance: 'RED' }] },
    });
    note = await createNote(t.app, w.person('author').headers, {
      authorAgencyId: w.a,
      marking: 'AMBER',
      distribution: 'sharing_group',
      sharingGroupId: w.group,
    });
  });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) =>
    t.app.inject({ method, url: `/api/notes/${note.id}${path}`, headers: w.person(who).headers, payload });

  it('takes comments from other agencies, rendered by the one renderer, hidden from outsiders', async () => {
    const res = await call('staffB', 'POST', '/comments', {
      body: 'Nos sirvió en **Chiclayo** <img src=x onerror=alert(1)>',
    });
    expect(res.statusCode).toBe(201);
    const comment = res.json() as NoteCommentDto;
    expect(comment.bodyHtml).toContain('<strong>Chiclayo</strong>');
    expect(comment.bodyHtml).not.toMatch(/<img/);
    expect(comment.authorAgency?.id).toBe(w.b);
    const wrongAgency = await call('staffB', 'POST', '/comments', { body: 'x', agencyId: w.c });
    expect((wrongAgency.json() as ApiErrorBody).code).toBe('note.comment_agency_forbidden');
    expect((await call('outsider', 'GET', '/comments')).statusCode).toBe(404);
    expect((await call('outsider', 'POST', '/comments', { body: 'x' })).statusCode).toBe(404);
    const list = (await call('author', 'GET', '/comments')).json() as NoteCommentDto[];
    expect(list.map((c) => c.id)).toEqual([comment.id]);
  });

  it('counts one endorsement per agency, by its leader or staff, never the author agency', async () => {
    const first = await call('staffB', 'PUT', `/endorsements/${w.b}`);
    expect((first.json() as NoteEndorsementsDto).count).toBe(1);
    const second = await call('leaderB', 'PUT', `/endorsements/${w.b}`);
    expect((second.json() as NoteEndorsementsDto).count).toBe(1);
    expect((await call('analystB', 'PUT', `/endorsements/${w.b}`)).statusCode).toBe(403);
    expect((await call('leader', 'PUT', `/endorsements/${w.a}`)).statusCode).toBe(403);
    expect((await call('outsider', 'PUT', `/endorsements/${w.c}`)).statusCode).toBe(404);
    const dto = (await call('analystB', 'GET', '')).json() as NoteDto;
    expect([dto.endorsementCount, dto.endorsedBy.map((a) => a.id)]).toEqual([1, [w.b]]);
    expect(dto.permissions.endorseAs).toEqual([]);
    const byStaff = (await call('staffB', 'GET', '')).json() as NoteDto;
    expect(byStaff.permissions.endorseAs.map((a) => a.id)).toEqual([w.b]);
    const withdrawn = await call('leaderB', 'DELETE', `/endorsements/${w.b}`);
    expect((withdrawn.json() as NoteEndorsementsDto).count).toBe(0);
  });

  it('writes one read event per read of intelligence and shows the trail to the author agency leader only', async () => {
    const count = async () =>
      (
        (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'note.read' AND object_id = $1`, [
          note.id,
        ])) as { n: number }[]
      )[0].n;
    const before = await count();
    await call('analystB', 'GET', '');
    await call('staffB', 'GET', '');
    expect(await count()).toBe(before + 2);
    expect((await call('outsider', 'GET', '')).statusCode).toBe(404);
    expect(await count()).toBe(before + 2);

    expect((await call('author', 'GET', '/readers')).statusCode).toBe(403);
    expect((await call('leaderB', 'GET', '/readers')).statusCode).toBe(403);
    expect((await call('outsider', 'GET', '/readers')).statusCode).toBe(404);
    const trail = (await call('leader', 'GET', '/readers')).json() as NoteReadEventDto[];
    const readers = trail.filter((e) => e.action === 'read').map((e) => e.reader?.displayName);
    expect(readers).toEqual(expect.arrayContaining(['Persona analystB', 'Persona staffB']));
  });
});
