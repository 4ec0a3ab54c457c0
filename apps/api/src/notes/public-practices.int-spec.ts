import type { KeysetPage, NoteDto, PublicPracticeDto, PublicPracticeSummaryDto } from '@cumbre/contracts';
import { createNote, createNotesWorld, type NotesWorld } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';
import { publicPracticeById, publicPracticePage } from './public-practices.queries';

/**
 * The public side of best practices (GET /api/public/practices[/:id]): only shared best practices
 * the leader published, never intelligence whatever is set, projected columns, cached until an
 * edit or a withdrawal drops the answer.
 */
describe('public best practices', () => {
  const t = useTestApp();
  let w: NotesWorld;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      leader: { memberships: [{ agency: 'a', role: 'leader', clearance: 'RED' }] },
    });
  });

  const leader = () => w.person('leader').headers;
  const publicList = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/practices?limit=50' });
    expect(res.statusCode).toBe(200);
    return (res.json() as KeysetPage<PublicPracticeSummaryDto>).items.map((i) => i.id);
  };
  const publicOne = (id: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/public/practices/${id}`, headers });
  const patch = (id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/notes/${id}`, headers: leader(), payload });

  it('shows a published best practice (projected, cached), drops it from the cache on edit and on withdrawal', async () => {
    const note = await createNote(t.app, leader(), {
      kind: 'best_practice',
      authorAgencyId: w.a,
      title: 'Central telefónica contra la extorsión',
      summary: 'Denuncias las 24 horas.',
      body: 'Una **central** que responde rápido.',
      isPublic: true,
    });
    const unpublished = await createNote(t.app, leader(), {
      kind: 'best_practice',
      authorAgencyId: w.a,
      title: 'Solo interna',
    });
    expect(await publicList()).toContain(note.id);
    expect(await publicList()).not.toContain(unpublished.id);
    expect((await publicOne(unpublished.id)).statusCode).toBe(404);

    const first = await publicOne(note.id);
    expect(first.statusCode).toBe(200);
    const dto = first.json() as PublicPracticeDto;
    expect(Object.keys(dto).sort()).toEqual(
      [
        'agency',
        'bodyHtml',
        'endorsementCount',
        'id',
        'places',
        'sharedAt',
        'summary',
        'tags',
        'title',
        'updatedAt',
      ].sort(),
    );
    expect(dto.bodyHtml).toContain('<strong>central</strong>');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const etag = first.headers['etag'] as string;
    expect((await publicOne(note.id, { 'if-none-match': etag })).statusCode).toBe(304);

    // An edit drops the cached answer at once.
    expect((await patch(note.id, { version: 1, title: 'Central telefónica 24 horas' })).statusCode).toBe(200);
    const edited = await publicOne(note.id);
    expect((edited.json() as PublicPracticeDto).title).toBe('Central telefónica 24 horas');
    expect(edited.headers['etag']).not.toBe(etag);

    // Withdrawn: gone from the list and the page.
    expect((await patch(note.id, { version: 2, status: 'withdrawn' })).statusCode).toBe(200);
    expect((await publicOne(note.id)).statusCode).toBe(404);
    expect(await publicList()).not.toContain(note.id);
  });

  it('never shows intelligence, even shared, CLEAR, for all agencies and (bypassing every check) flagged public', async () => {
    const intel: NoteDto = await createNote(t.app, leader(), {
      authorAgencyId: w.a,
      marking: 'CLEAR',
      distribution: 'all_agencies',
    });
    const refused = await patch(intel.id, { version: 1, isPublic: true });
    expect([refused.statusCode, (refused.json() as { code: string }).code]).toEqual([
      400,
      'note.intelligence_never_public',
    ]);
    expect((await publicOne(intel.id)).statusCode).toBe(404);
    expect(await publicList()).not.toContain(intel.id);
    // The database refuses the flag too; with its constraint lifted inside a transaction that is
    // rolled back, the public queries still leave the note out: they do not rely on it.
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`ALTER TABLE note DROP CONSTRAINT "CHK_note_intelligence_never_public"`);
      await runner.query(`UPDATE note SET is_public = true WHERE id = $1`, [intel.id]);
      expect(await publicPracticeById(runner.manager, intel.id)).toBeNull();
      const page = await publicPracticePage(runner.manager, { after: null, limit: 100 });
      expect(page.map((r) => r.id)).not.toContain(intel.id);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('answers 400 to a bad id or cursor', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/practices/nope' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/practices?after=zzz' })).statusCode).toBe(400);
  });
});
