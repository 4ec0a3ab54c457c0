import type { NoteSearchResultDto } from '@cumbre/contracts';
import { unique } from '../../../test/identity-fixtures';
import { createNote, createNotesWorld, type NotesWorld } from '../../../test/notes-world';
import { useTestApp } from '../../../test/test-app';

/** Spanish full-text search: accents, plurals, ranking, snippets, filters, facets, pages, audit. */
describe('notes: search', () => {
  const t = useTestApp();
  let w: NotesWorld;
  /** A word no other spec writes, so that the results are this spec's notes only. */
  const marker = `zq${unique('m').slice(2).replace(/-/g, '')}`;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
      reader: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'AMBER' }] },
      outsider: { memberships: [{ agency: 'c', role: 'analyst', clearance: 'RED' }] },
    });
    const author = w.person('author').headers;
    await createNote(t.app, author, {
      kind: 'best_practice',
      authorAgencyId: w.a,
      title: `Central telefónica contra la extorsión ${marker}`,
      summary: 'Trujillo atiende denuncias de extorsión las 24 horas.',
      body: 'La **extorsión** a transportistas bajó cuando la central respondió rápido a cada extorsión.',
      tags: ['extorsión', 'transporte'],
      places: [{ regionCode: 'PE-LAL', province: 'Trujillo', city: 'Trujillo' }],
    });
    await createNote(t.app, author, {
      kind: 'best_practice',
      authorAgencyId: w.a,
      title: `Patrullaje vecinal con la policía ${marker}`,
      summary: 'Rondas mixtas en Piura.',
      body: 'Una mención de "extorsión" & <b>cuotas</b> al pasar.',
      tags: ['patrullaje'],
      places: [{ regionCode: 'PE-PIU', province: null, city: 'Piura' }],
    });
    await createNote(t.app, author, {
      authorAgencyId: w.a,
      title: `Red de sicarios en Chimbote ${marker}`,
      body: 'Los sicarios cobran por encargo; extorsiones a constructoras.',
      marking: 'AMBER',
      distribution: 'sharing_group',
      sharingGroupId: w.group,
      tags: ['sicariato'],
    });
  });

  const search = async (who: string, query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/notes?${query}`, headers: w.person(who).headers });
    expect(res.statusCode).toBe(200);
    return res.json() as NoteSearchResultDto;
  };

  it('finds "extorsión" by "extorsiones" and without accents, best match first, with safe snippets', async () => {
    for (const q of ['extorsiones', 'EXTORSION', 'extorsión']) {
      const result = await search('reader', `q=${encodeURIComponent(`${q} ${marker}`)}`);
      expect(result.items.map((i) => i.title)).toEqual([
        `Central telefónica contra la extorsión ${marker}`,
        expect.stringMatching(/^(Red de sicarios|Patrullaje vecinal)/),
        expect.stringMatching(/^(Red de sicarios|Patrullaje vecinal)/),
      ]);
      expect(result.items[0].rank).toBeGreaterThan(result.items[1].rank as number);
    }
    const result = await search('reader', `q=${encodeURIComponent(`extorsion ${marker}`)}`);
    const patrol = result.items.find((i) => i.title.startsWith('Patrullaje'));
    expect(patrol?.snippet).toContain('&quot;<mark>extorsión</mark>&quot; &amp;');
    expect(patrol?.snippet).not.toContain('<b>');
    expect(result.total).toBe(3);
  });

  it('finds plurals and singulars alike ("sicario" finds "sicarios")', async () => {
    const result = await search('reader', `q=${encodeURIComponent(`sicario ${marker}`)}`);
    expect(result.items.map((i) => i.title)).toEqual([`Red de sicarios en Chimbote ${marker}`]);
  });

  it('leaves out what the reader may not read, in results, totals and facets', async () => {
    const result = await search('outsider', `q=${marker}`);
    expect(result.total).toBe(2);
    expect(result.items.every((i) => i.kind === 'best_practice')).toBe(true);
    expect(result.facets.kind).toEqual([{ value: 'best_practice', count: 2 }]);
    expect(result.facets.marking).toEqual([{ value: 'CLEAR', count: 2 }]);
    const count = await t.app.inject({
      method: 'GET',
      url: `/api/notes/count?q=${marker}`,
      headers: w.person('outsider').headers,
    });
    expect(count.json()).toEqual({ total: 2 });
  });

  it('filters by kind, tag, place and marking, with facets counting the other filters', async () => {
    const byPlace = await search('reader', `q=${marker}&place=trujillo`);
    expect(byPlace.items.map((i) => i.places[0].city)).toEqual(['Trujillo']);
    const byRegion = await search('reader', `q=${marker}&place=PE-PIU`);
    expect(byRegion.items).toHaveLength(1);
    const byTag = await search('reader', `q=${marker}&tag=Extorsi%C3%B3n`);
    expect(byTag.items).toHaveLength(1);
    const intelligence = await search('reader', `q=${marker}&kind=intelligence`);
    expect(intelligence.items.map((i) => i.marking)).toEqual(['AMBER']);
    // The kind facet ignores the kind filter (so that the other kind can be picked).
    expect(intelligence.facets.kind).toEqual(
      expect.arrayContaining([
        { value: 'best_practice', count: 2 },
        { value: 'intelligence', count: 1 },
      ]),
    );
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/notes?marking=PURPLE',
      headers: w.person('reader').headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('pages with a cursor, ranked and unranked, without repeats or gaps', async () => {
    for (const q of [`q=${marker}`, `q=${encodeURIComponent(`extorsion ${marker}`)}`]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: NoteSearchResultDto = await search('reader', `${q}&limit=1${after ? `&after=${after}` : ''}`);
        seen.push(...page.items.map((i) => i.id));
        after = page.nextCursor;
      } while (after);
      expect(seen).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
    }
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/notes?after=nonsense',
      headers: w.person('reader').headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('writes one read-trail row per intelligence note and one audit event per search', async () => {
    const before: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'note.search' AND actor_user_id = $1`,
      [w.person('reader').id],
    );
    await search('reader', `q=${marker}`);
    const after: { n: number; ids: string[] }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'note.search' AND actor_user_id = $1`,
      [w.person('reader').id],
    );
    expect(after[0].n - before[0].n).toBe(1);
    const reads: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM note_read WHERE reader_id = $1 AND action = 'search'`,
      [w.person('reader').id],
    );
    expect(reads[0].n).toBeGreaterThanOrEqual(1);
  });
  it('records the unfiltered library list as a list read (not a search) of the intelligence it showed', async () => {
    const reader = w.person('reader');
    const trail = async () =>
      (
        (await t.db.query(
          `SELECT action, count(*)::int AS n FROM note_read WHERE reader_id = $1 GROUP BY action ORDER BY action`,
          [reader.id],
        )) as { action: string; n: number }[]
      ).map((r) => `${r.action}:${r.n}`);
    const events = async (action: string) =>
      (
        (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND actor_user_id = $2`, [
          action,
          reader.id,
        ])) as {
          n: number;
        }[]
      )[0].n;
    const before = { trail: await trail(), list: await events('note.list'), search: await events('note.search') };
    // The library without a query: every note it shows is on screen (title, summary), so the
    // intelligence among them goes to the trail, as a list read.
    const listed = await search('reader', `agency=${w.a}`);
    const shownIntelligence = listed.items.filter((i) => i.kind === 'intelligence').length;
    expect(shownIntelligence).toBeGreaterThan(0);
    const after = { trail: await trail(), list: await events('note.list'), search: await events('note.search') };
    expect([after.list - before.list, after.search - before.search]).toEqual([1, 0]);
    const count = (rows: string[], action: string) =>
      Number(rows.find((r) => r.startsWith(`${action}:`))?.split(':')[1] ?? 0);
    expect(count(after.trail, 'list') - count(before.trail, 'list')).toBe(shownIntelligence);
    expect(count(after.trail, 'search')).toBe(count(before.trail, 'search'));
    // A page of best practices only shows no intelligence: nothing is recorded.
    await search('reader', `agency=${w.a}&kind=best_practice`);
    expect(await events('note.list')).toBe(after.list);
  });
});
