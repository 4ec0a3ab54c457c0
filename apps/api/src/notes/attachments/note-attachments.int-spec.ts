import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiErrorBody, NoteAttachmentDto } from '@cumbre/contracts';
import { NOTE_ATTACHMENT_MAX_BYTES } from '@cumbre/contracts';
import { multipartFile, TINY_PNG } from '../../../test/multipart';
import { createNote, createNotesWorld, type NotesWorld } from '../../../test/notes-world';
import { useTestApp } from '../../../test/test-app';

/** Attachments: typed by content, size enforced while streaming, served after the note's read check. */
describe('notes: attachments', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cumbre-notes-'));
  const t = useTestApp({ NOTES_STORAGE_DIR: folder });
  let w: NotesWorld;
  let noteId: string;

  beforeAll(async () => {
    w = await createNotesWorld(t.app, {
      author: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
      colleague: { memberships: [{ agency: 'a', role: 'analyst', clearance: 'AMBER' }] },
      outsider: { memberships: [{ agency: 'c', role: 'analyst', clearance: 'RED' }] },
    });
    noteId = (
      await createNote(t.app, w.person('author').headers, {
        authorAgencyId: w.a,
        marking: 'AMBER',
        distribution: 'agency_only',
      })
    ).id;
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const upload = (who: string, content: Buffer, name: string, id = noteId) => {
    const body = multipartFile(content, name);
    return t.app.inject({
      method: 'POST',
      url: `/api/notes/${id}/attachments`,
      headers: { ...w.person(who).headers, ...body.headers },
      payload: body.payload,
    });
  };
  const code = (res: { json(): unknown }) => (res.json() as ApiErrorBody).code;

  it('stores a PDF, an image and an office document by their content, and serves them as downloads', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const res = await upload('author', pdf, 'C:\\temp\\informe final.pdf');
    expect(res.statusCode).toBe(201);
    const att = res.json() as NoteAttachmentDto;
    expect([att.contentType, att.sizeBytes, att.fileName]).toEqual([
      'application/pdf',
      pdf.length,
      'informe final.pdf',
    ]);

    const png = await upload('author', TINY_PNG, 'foto.pdf');
    expect((png.json() as NoteAttachmentDto).contentType).toBe('image/png');

    // A minimal OOXML word document: a zip whose first parts are [Content_Types].xml and word/.
    const entry = (name: string) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return Buffer.concat([header, Buffer.from(name)]);
    };
    const docx = Buffer.concat([entry('[Content_Types].xml'), entry('word/document.xml')]);
    const doc = await upload('author', docx, 'acta.docx');
    expect((doc.json() as NoteAttachmentDto).contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/notes/${noteId}/attachments/${att.id}`,
      headers: w.person('colleague').headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="informe final.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/notes/${noteId}/attachments/${att.id}`,
      headers: w.person('outsider').headers,
    });
    expect(hidden.statusCode).toBe(404);
    const reads: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM note_read WHERE note_id = $1 AND action = 'download'`,
      [noteId],
    );
    expect(reads[0].n).toBe(1);
  });

  it('refuses a disguised executable, an unknown zip and an empty upload', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const res = await upload('author', exe, 'informe.pdf');
    expect([res.statusCode, code(res)]).toEqual([415, 'note.attachment_type_not_allowed']);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect(code(await upload('author', zip, 'datos.xlsx'))).toBe('note.attachment_type_not_allowed');
    expect(code(await upload('author', Buffer.alloc(0), 'vacio.pdf'))).toBe('note.attachment_missing');
  });

  it('stops an upload over 20 MB while it streams, leaving no file behind', async () => {
    const before = readdirSync(folder).length;
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(NOTE_ATTACHMENT_MAX_BYTES)]);
    const res = await upload('author', big, 'grande.pdf');
    expect([res.statusCode, code(res)]).toEqual([413, 'note.attachment_too_large']);
    expect(readdirSync(folder).length).toBe(before);
  });

  it('lets only editors upload, keeps JSON routes JSON-only, and deletes the files with the note', async () => {
    expect((await upload('colleague', TINY_PNG, 'x.png')).statusCode).toBe(403);
    expect((await upload('outsider', TINY_PNG, 'x.png')).statusCode).toBe(404);
    const body = multipartFile(TINY_PNG, 'x.png');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/notes',
      headers: { ...w.person('author').headers, ...body.headers },
      payload: body.payload,
    });
    expect([json.statusCode, code(json)]).toEqual([415, 'common.unsupported_media_type']);

    const other = await createNote(t.app, w.person('author').headers, {
      authorAgencyId: w.a,
      marking: 'GREEN',
      distribution: 'all_agencies',
    });
    await upload('author', TINY_PNG, 'a.png', other.id);
    const before = readdirSync(folder).length;
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/notes/${other.id}`,
      headers: w.person('author').headers,
    });
    expect(del.statusCode).toBe(204);
    expect(readdirSync(folder).length).toBe(before - 1);
  });
});
