import type { ApiErrorBody, NoteRecipientDto } from '@cumbre/contracts';
import { createNote, createNotesWorld, type NotesWorld } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';

/**
 * GET /api/notes/recipients: the people a RED note may name, across agencies. Only a user who
 * can write a RED note (a RED-cleared membership) may list them; anyone else gets 403.
 */
describe('notes: RED recipients across agencies', () => {
  const t = useTestApp();
  let w: NotesWorld;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'RED' }] },
      redB: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'RED' }] },
      redC: { memberships: [{ agency: 'c', role: 'leader', clearance: 'RED' }] },
      amberB: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'AMBER' }] },
      mixed: {
        memberships: [
          { agency: 'a', role: 'staff', clearance: 'GREEN' },
          { agency: 'c', role: 'analyst', clearance: 'RED' },
        ],
      },
      admin: { platformRoles: ['admin'], memberships: [] },
    });
  });

  const list = (who: string | null, query: string) =>
    t.app.inject({ method: 'GET', url: `/api/notes/recipients?${query}`, headers: who ? w.person(who).headers : {} });
  /** This world's people only: other specs share the database and name their personas alike. */
  const names = (items: NoteRecipientDto[]) => {
    const ours = new Set(['author', 'redB', 'redC', 'amberB', 'mixed', 'admin'].map((key) => w.person(key).id));
    return items
      .filter((p) => ours.has(p.id))
      .map((p) => p.displayName)
      .sort();
  };

  it('lists RED-cleared people of every agency, with the agencies where they are cleared RED', async () => {
    // One search per persona's name, so that other specs' people (same names) cannot crowd ours
    // out of a page: not the caller (the author always reads), not AMBER-cleared people, not an
    // admin by role.
    const items: NoteRecipientDto[] = [];
    for (const key of ['author', 'redB', 'redC', 'amberB', 'mixed', 'admin']) {
      const res = await list('author', `q=${encodeURIComponent(`persona ${key}`)}&limit=50`);
      expect(res.statusCode).toBe(200);
      items.push(...(res.json() as NoteRecipientDto[]));
    }
    expect(names(items)).toEqual(['Persona mixed', 'Persona redB', 'Persona redC']);
    const mixed = items.find((p) => p.displayName === 'Persona mixed');
    expect(mixed?.agencies.map((a) => a.id)).toEqual([w.c]);
    expect(Object.keys(mixed ?? {}).sort()).toEqual(['agencies', 'displayName', 'id']);
  });

  it('searches by name without accents or case, and names the caller people a note then accepts', async () => {
    const res = await list('author', `q=${encodeURIComponent('PERSONA RÉDC')}`);
    expect(names(res.json() as NoteRecipientDto[])).toEqual(['Persona redC']);
    const wildcard = await list('author', `q=${encodeURIComponent('%_')}`);
    expect(names(wildcard.json() as NoteRecipientDto[])).toEqual([]);
    const note = await createNote(t.app, w.person('author').headers, {
      authorAgencyId: w.a,
      marking: 'RED',
      distribution: 'agency_only',
      redRecipientIds: [w.person('redC').id],
    });
    const read = await t.app.inject({ method: 'GET', url: `/api/notes/${note.id}`, headers: w.person('redC').headers });
    expect(read.statusCode).toBe(200);
  });

  it('is refused to whoever cannot write a RED note, and to the anonymous', async () => {
    for (const who of ['amberB', 'admin']) {
      const res = await list(who, 'q=persona');
      expect([who, res.statusCode, (res.json() as ApiErrorBody).code]).toEqual([who, 403, 'note.recipients_forbidden']);
    }
    expect((await list(null, 'q=persona')).statusCode).toBe(401);
    // A RED clearance in any one agency is enough (the note is then written for that agency).
    expect((await list('mixed', 'q=persona')).statusCode).toBe(200);
  });

  it('refuses a bad limit or an overlong query', async () => {
    expect((await list('author', 'limit=0')).statusCode).toBe(400);
    expect((await list('author', `q=${'x'.repeat(101)}`)).statusCode).toBe(400);
  });
});
