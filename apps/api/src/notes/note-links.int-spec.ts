import type { ApiErrorBody, NoteSummaryDto } from '@cumbre/contracts';
import { bearerFor } from '../../test/demo-sessions';
import { useTestApp } from '../../test/test-app';

/** Notes linked from agenda items: the agenda's edit right to link, the notes' policy to read. */
// The demo summit (demo/meetings-demo.ts), seeded for every spec.
const DEMO_SUMMIT_TITLE = 'Cumbre de Seguridad Ciudadana — Macro-región Norte';

describe('notes: links from agenda items', () => {
  const t = useTestApp();
  let meetingId: string;
  let itemId: string;
  const noteId = async (title: string) =>
    ((await t.db.query('SELECT id FROM note WHERE title = $1', [title])) as { id: string }[])[0].id;

  beforeAll(async () => {
    [{ id: meetingId }] = await t.db.query('SELECT id FROM meeting WHERE title = $1', [DEMO_SUMMIT_TITLE]);
    [{ id: itemId }] = await t.db.query(
      `SELECT i.id FROM agenda_item i JOIN agenda a ON a.id = i.agenda_id
        WHERE a.meeting_id = $1 AND i.kind = 'discussion' ORDER BY i.id LIMIT 1`,
      [meetingId],
    );
  });

  const url = () => `/api/meetings/${meetingId}/agenda/items/${itemId}/notes`;

  it('links what the editor reads, and lists to each reader only what they may read', async () => {
    const convener = await bearerFor(t.app, 'presidencia.pcm@cumbre.demo');
    const amber = await noteId('Red de sicarios entre Trujillo y Chimbote');
    const practice = await noteId('Patrullaje vecinal con la Policía en Piura');
    const foreign = await noteId('Fuentes en el terminal terrestre de Trujillo');

    for (const id of [amber, practice]) {
      const res = await t.app.inject({ method: 'POST', url: url(), headers: convener, payload: { noteId: id } });
      expect(res.statusCode).toBe(200);
    }
    const hidden = await t.app.inject({ method: 'POST', url: url(), headers: convener, payload: { noteId: foreign } });
    expect([hidden.statusCode, (hidden.json() as ApiErrorBody).code]).toEqual([404, 'note.not_found']);

    const byConvener = (
      await t.app.inject({ method: 'GET', url: url(), headers: convener })
    ).json() as NoteSummaryDto[];
    expect(byConvener.map((n) => n.id).sort()).toEqual([amber, practice].sort());

    // Piura's staff (GREEN) sees the meeting, and only the best practice among its notes.
    const staff = await bearerFor(t.app, 'staff.piura@cumbre.demo');
    const byStaff = (await t.app.inject({ method: 'GET', url: url(), headers: staff })).json() as NoteSummaryDto[];
    expect(byStaff.map((n) => n.id)).toEqual([practice]);

    // An invited agency's leader reads the agenda but may not change its links.
    const invited = await bearerFor(t.app, 'presidencia.lalibertad@cumbre.demo');
    const refused = await t.app.inject({ method: 'POST', url: url(), headers: invited, payload: { noteId: practice } });
    expect([refused.statusCode, (refused.json() as ApiErrorBody).code]).toEqual([403, 'note.link_forbidden']);

    const gone = await t.app.inject({ method: 'DELETE', url: `${url()}/${practice}`, headers: convener });
    expect(gone.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'DELETE', url: `${url()}/${practice}`, headers: convener });
    expect(again.statusCode).toBe(404);
  });
});
