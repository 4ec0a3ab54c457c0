import type { NoteDto } from '@cumbre/contracts';
import { Clock, SystemClock } from '../common/clock';
import { createNote, createNotesWorld, type NotesWorld } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';

/**
 * Every time a note records (created, updated, shared, revision, comment, endorsement, read
 * trail) comes from the injected Clock, never from the database's now(): with the clock set to
 * another year, every one of them is in that year.
 */
describe('notes: times come from the Clock', () => {
  const t = useTestApp();
  let w: NotesWorld;
  let clock: SystemClock;
  const instant = new Date('2031-05-20T15:00:00.000Z');

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
      reader: { memberships: [{ agency: 'b', role: 'staff', clearance: 'AMBER' }] },
    });
    clock = t.app.get(Clock) as SystemClock;
  });
  afterAll(() => clock.startingAt(testNow()));

  /** Within a minute after the set instant (the clock runs on from it). */
  const near = (at: Date | string | null) => {
    if (at === null) return false;
    const ms = new Date(at).getTime() - instant.getTime();
    return ms >= 0 && ms < 60_000;
  };

  it('stamps notes, revisions, comments, endorsements and reads with the Clock', async () => {
    clock.startingAt(instant);
    const author = w.person('author').headers;
    const reader = w.person('reader').headers;
    const note = await createNote(t.app, author, {
      authorAgencyId: w.a,
      marking: 'GREEN',
      distribution: 'all_agencies',
    });
    expect([note.createdAt, note.updatedAt, note.sharedAt].map(near)).toEqual([true, true, true]);

    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/notes/${note.id}`,
      headers: author,
      payload: { version: 1, title: 'Otra' },
    });
    expect(edited.statusCode).toBe(200);
    expect(near((edited.json() as NoteDto).updatedAt)).toBe(true);

    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/notes/${note.id}/comments`,
      headers: reader,
      payload: { body: 'Nos sirvió.' },
    });
    expect(comment.statusCode).toBe(201);
    const endorse = await t.app.inject({
      method: 'PUT',
      url: `/api/notes/${note.id}/endorsements/${w.b}`,
      headers: reader,
    });
    expect(endorse.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/notes/${note.id}`, headers: reader })).statusCode).toBe(200);

    const [row]: { created_at: Date; updated_at: Date; shared_at: Date }[] = await t.db.query(
      'SELECT created_at, updated_at, shared_at FROM note WHERE id = $1',
      [note.id],
    );
    const revisions: { edited_at: Date }[] = await t.db.query(
      'SELECT edited_at FROM note_revision WHERE note_id = $1',
      [note.id],
    );
    const comments: { created_at: Date }[] = await t.db.query(
      'SELECT created_at FROM note_comment WHERE note_id = $1',
      [note.id],
    );
    const endorsements: { created_at: Date }[] = await t.db.query(
      'SELECT created_at FROM note_endorsement WHERE note_id = $1',
      [note.id],
    );
    const reads: { at: Date }[] = await t.db.query('SELECT at FROM note_read WHERE note_id = $1', [note.id]);
    const stamps = [
      row.created_at,
      row.updated_at,
      row.shared_at,
      ...revisions.map((r) => r.edited_at),
      ...comments.map((c) => c.created_at),
      ...endorsements.map((e) => e.created_at),
      ...reads.map((r) => r.at),
    ];
    expect([revisions.length, comments.length, endorsements.length, reads.length]).toEqual([1, 1, 1, 1]);
    expect(stamps.map((s) => [s.toISOString(), near(s)])).toEqual(stamps.map((s) => [s.toISOString(), true]));
  });
});
