import type { NoteDto, NoteSearchResultDto, TlpLevel } from '@cumbre/contracts';
import type { AuthHeaders } from '../../test/demo-sessions';
import { unique } from '../../test/identity-fixtures';
import { multipartFile, TINY_PNG } from '../../test/multipart';
import { createNotesWorld, type NotesWorld, type PersonSpec } from '../../test/notes-world';
import { useTestApp } from '../../test/test-app';

// THE access matrix of knowledge notes (issue #10): every reader × every note (marking ×
// distribution, plus best practices and drafts) × every verb, against the policy written out
// below as a plain table. Agencies: A writes every note; B shares the sharing group with A; C is
// outside it. Unauthorised single reads are 404 (never 403: no existence leak).

const MARKS: Record<string, TlpLevel> = { C: 'CLEAR', G: 'GREEN', A: 'AMBER', S: 'AMBER+STRICT', R: 'RED' };
const DISTS = { a: 'agency_only', g: 'sharing_group', x: 'all_agencies' } as const;

/**
 * The notes. Intelligence, shared: marking letter + distribution letter (`Sg` = AMBER+STRICT for
 * the group). `BP` a shared best practice, `PUB` one published to the public, `DI` an AMBER
 * intelligence draft, `DB` a best-practice draft. RED notes name `recipient` only.
 */
const INTEL = Object.keys(MARKS).flatMap((m) => Object.keys(DISTS).map((d) => `${m}${d}`));
const NOTES = [...INTEL, 'BP', 'PUB', 'DI', 'DB'];

const READERS: Record<string, PersonSpec> = {
  author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'RED' }] },
  leaderA: { memberships: [{ agency: 'a', role: 'leader', clearance: 'RED' }] },
  leaderAGreen: { memberships: [{ agency: 'a', role: 'leader', clearance: 'GREEN' }] },
  analystAAmber: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
  analystAStrict: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER+STRICT' }] },
  staffAGreen: { memberships: [{ agency: 'a', role: 'staff', clearance: 'GREEN' }] },
  analystBRed: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'RED' }] },
  analystBAmber: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'AMBER' }] },
  leaderBStrict: { memberships: [{ agency: 'b', role: 'leader', clearance: 'AMBER+STRICT' }] },
  staffBGreen: { memberships: [{ agency: 'b', role: 'staff', clearance: 'GREEN' }] },
  recipient: { memberships: [{ agency: 'b', role: 'analyst', clearance: 'RED' }] },
  analystCRed: { memberships: [{ agency: 'c', role: 'analyst', clearance: 'RED' }] },
  staffCClear: { memberships: [{ agency: 'c', role: 'staff', clearance: 'CLEAR' }] },
  // GREEN in the author agency, RED in an outside one: must never read AMBER of agency A.
  twoMemberships: {
    memberships: [
      { agency: 'a', role: 'staff', clearance: 'GREEN' },
      { agency: 'c', role: 'analyst', clearance: 'RED' },
    ],
  },
  admin: { platformRoles: ['admin'], memberships: [] },
};

/** THE POLICY, as a plain table: the notes each reader reads. */
const READS: Record<string, string> = {
  author: 'Ca Cg Cx Ga Gg Gx Aa Ag Ax Sa Sg Sx Ra Rg Rx BP PUB DI DB',
  leaderA: 'Ca Cg Cx Ga Gg Gx Aa Ag Ax Sa Sg Sx BP PUB DI DB',
  leaderAGreen: 'Ca Cg Cx Ga Gg Gx BP PUB DB',
  analystAAmber: 'Ca Cg Cx Ga Gg Gx Aa Ag Ax BP PUB',
  analystAStrict: 'Ca Cg Cx Ga Gg Gx Aa Ag Ax Sa Sg Sx BP PUB',
  staffAGreen: 'Ca Cg Cx Ga Gg Gx BP PUB',
  analystBRed: 'Cg Cx Gg Gx Ag Ax BP PUB',
  analystBAmber: 'Cg Cx Gg Gx Ag Ax BP PUB',
  leaderBStrict: 'Cg Cx Gg Gx Ag Ax BP PUB',
  staffBGreen: 'Cg Cx Gg Gx BP PUB',
  recipient: 'Cg Cx Gg Gx Ag Ax Ra Rg Rx BP PUB',
  analystCRed: 'Cx Gx Ax BP PUB',
  staffCClear: 'Cx BP PUB',
  twoMemberships: 'Ca Cg Cx Ga Gg Gx Ax BP PUB',
  admin: 'BP PUB',
  anonymous: 'PUB',
};

/** Who edits and deletes (among those who read): the author and the author agency's leaders. */
const EDITORS = new Set(['author', 'leaderA', 'leaderAGreen']);

const VERBS = ['get', 'list', 'search', 'count', 'facet', 'attachment', 'export', 'history', 'edit', 'delete'] as const;
type Verb = (typeof VERBS)[number];

describe('notes: the access matrix', () => {
  const t = useTestApp();
  let w: NotesWorld;
  const marker = `zq${unique('m').slice(2).replace(/-/g, '')}`;
  const notes = new Map<string, { id: string; attachmentId: string; tag: string; word: string }>();
  let cells = 0;
  const mismatches: string[] = [];

  const headersOf = (reader: string): AuthHeaders | undefined =>
    reader === 'anonymous' ? undefined : w.person(reader).headers;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, READERS);
    // (19 notes with an attachment each: longer than the default hook timeout on a busy machine.)
    const author = w.person('author').headers;
    for (const [i, key] of NOTES.entries()) {
      const word = `${marker}w${i}`;
      const tag = `t-${marker}-${key.toLowerCase()}`;
      const intel = INTEL.includes(key) || key === 'DI';
      const marking = key === 'DI' ? 'AMBER' : MARKS[key[0]];
      const distribution = key === 'DI' ? 'agency_only' : DISTS[key[1] as keyof typeof DISTS];
      const payload = {
        kind: intel ? 'intelligence' : 'best_practice',
        authorAgencyId: w.a,
        title: `Nota ${key} ${word}`,
        body: `Cuerpo de la nota ${key}.`,
        tags: [tag],
        status: key === 'DI' || key === 'DB' ? 'draft' : 'shared',
        ...(intel
          ? {
              marking,
              distribution,
              ...(distribution === 'sharing_group' ? { sharingGroupId: w.group } : {}),
              ...(marking === 'RED' ? { redRecipientIds: [w.person('recipient').id] } : {}),
            }
          : {}),
      };
      const res = await t.app.inject({ method: 'POST', url: '/api/notes', headers: author, payload });
      if (res.statusCode !== 201) throw new Error(`note ${key}: ${res.statusCode} ${res.body}`);
      const note = res.json() as NoteDto;
      if (key === 'PUB') {
        // Publishing to the public is the leader's.
        const published = await t.app.inject({
          method: 'PATCH',
          url: `/api/notes/${note.id}`,
          headers: w.person('leaderA').headers,
          payload: { version: note.version, isPublic: true },
        });
        if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
      }
      const upload = multipartFile(TINY_PNG, `${key}.png`);
      const att = await t.app.inject({
        method: 'POST',
        url: `/api/notes/${note.id}/attachments`,
        headers: { ...author, ...upload.headers },
        payload: upload.payload,
      });
      if (att.statusCode !== 201) throw new Error(`attachment ${key}: ${att.statusCode} ${att.body}`);
      notes.set(key, { id: note.id, attachmentId: (att.json() as { id: string }).id, tag, word });
    }
  }, 120_000);

  const reads = (reader: string, key: string) => READS[reader].split(' ').includes(key);

  const check = (reader: string, key: string, verb: Verb, expected: unknown, actual: unknown) => {
    cells++;
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      mismatches.push(
        `${reader} × ${key} × ${verb}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
    }
  };

  const get = (url: string, headers?: AuthHeaders) => t.app.inject({ method: 'GET', url, headers });

  it('lets each reader read exactly the notes of the table, whatever the verb', async () => {
    for (const reader of Object.keys(READS)) {
      const h = headersOf(reader);
      const anon = reader === 'anonymous';
      const base = anon ? '/api/notes/public' : '/api/notes';
      for (const key of NOTES) {
        const n = notes.get(key) as { id: string; attachmentId: string; tag: string; word: string };
        const may = reads(reader, key);
        const single = may ? 200 : 404;

        check(reader, key, 'get', single, (await get(`${base}/${n.id}`, h)).statusCode);

        const list = (await get(`${base}?tag=${encodeURIComponent(n.tag)}`, h)).json() as NoteSearchResultDto;
        check(
          reader,
          key,
          'list',
          may,
          list.items.some((i) => i.id === n.id),
        );
        const found = (await get(`${base}?q=${n.word}`, h)).json() as NoteSearchResultDto;
        check(
          reader,
          key,
          'search',
          may,
          found.items.some((i) => i.id === n.id),
        );
        const count = anon
          ? list.total
          : ((await get(`/api/notes/count?tag=${encodeURIComponent(n.tag)}`, h)).json() as { total: number }).total;
        check(reader, key, 'count', may ? 1 : 0, count);
        const facetTotal = (facets: NoteSearchResultDto['facets']) =>
          [facets.kind, facets.marking].map((f) => f.reduce((s, c) => s + c.count, 0));
        check(reader, key, 'facet', may ? [1, 1] : [0, 0], facetTotal(list.facets));

        // Signed-in routes answer 401 to the anonymous public, for every note alike.
        const closed = anon ? 401 : single;
        check(
          reader,
          key,
          'attachment',
          closed,
          (await get(`/api/notes/${n.id}/attachments/${n.attachmentId}`, h)).statusCode,
        );
        check(reader, key, 'export', closed, (await get(`/api/notes/${n.id}/export`, h)).statusCode);
        check(reader, key, 'history', closed, (await get(`/api/notes/${n.id}/revisions`, h)).statusCode);
        // A stale edit changes nothing, and tells an editor (409) from a reader (403) from the rest (404).
        const edit = await t.app.inject({
          method: 'PATCH',
          url: `/api/notes/${n.id}`,
          headers: h,
          payload: { version: 999, title: 'Cambio' },
        });
        check(reader, key, 'edit', anon ? 401 : !may ? 404 : EDITORS.has(reader) ? 409 : 403, edit.statusCode);
      }
    }

    // Deletes last: readers that may not delete first, then the editors, each deleting what they
    // read and is still there.
    const deleted = new Set<string>();
    const order = [...Object.keys(READS).filter((r) => !EDITORS.has(r)), 'leaderAGreen', 'leaderA', 'author'];
    for (const reader of order) {
      for (const key of NOTES) {
        const n = notes.get(key) as { id: string };
        const res = await t.app.inject({ method: 'DELETE', url: `/api/notes/${n.id}`, headers: headersOf(reader) });
        const may = reads(reader, key);
        const expected =
          reader === 'anonymous' ? 401 : !may || deleted.has(key) ? 404 : EDITORS.has(reader) ? 204 : 403;
        check(reader, key, 'delete', expected, res.statusCode);
        if (res.statusCode === 204) deleted.add(key);
      }
    }
    expect(deleted.size).toBe(NOTES.length);

    const expectedCells = Object.keys(READS).length * NOTES.length * VERBS.length;
    process.stdout.write(
      `[notes access matrix] ${cells} cells checked (${Object.keys(READS).length} readers × ${NOTES.length} notes × ${VERBS.length} verbs), ${mismatches.length} mismatches\n`,
    );
    expect(mismatches).toEqual([]);
    expect(cells).toBe(expectedCells);
  }, 900_000);
});
