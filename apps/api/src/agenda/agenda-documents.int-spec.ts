import type { AgendaDto, AgendaVersionDto } from '@cumbre/contracts';
import { addItem, agendaUrl, publishAgenda } from '../../test/agenda-world';
import { pdfText } from '../../test/pdf-text';
import { call, createMeeting, useMeetingWorld, invite, schedule } from '../../test/meeting-world';

// The agenda as documents: Markdown rendered for the screens, the published version as a PDF.
describe('agenda documents', () => {
  const w = useMeetingWorld();

  it('renders descriptions and minutes notes from Markdown to sanitised HTML', async () => {
    const m = await createMeeting(w);
    await invite(w, m.id);
    const item = await addItem(w, m.id, {
      title: 'Extorsión',
      description: '**Cifras** de _Piura_ <script>alert(1)</script> [mapa](javascript:alert(1))',
    });
    expect(item.description).toContain('**Cifras**');
    expect(item.descriptionHtml).toContain('<strong>Cifras</strong> de <em>Piura</em>');
    expect(item.descriptionHtml).not.toMatch(/<script|href="javascript/);

    const notes = await call(w, 'convener', 'PUT', `${agendaUrl(m.id)}/items/${item.id}/minutes`, {
      version: 0,
      notes: '- acuerdo **unánime**',
    });
    expect(notes.statusCode).toBe(200);
    const withNotes = (notes.json() as AgendaDto).items.find((i) => i.id === item.id);
    expect(withNotes?.minutes?.notesHtml).toBe('<ul>\n<li>acuerdo <strong>unánime</strong></li>\n</ul>\n');

    await publishAgenda(w, m.id);
    const version = await call(w, 'invitedAnalyst', 'GET', `${agendaUrl(m.id)}/versions/1`);
    expect((version.json() as AgendaVersionDto).items[0].descriptionHtml).toContain('<strong>Cifras</strong>');
  });

  it('prints the published agenda as a PDF with accents, numbers, planned times in Lima, kinds and presenters', async () => {
    const m = await createMeeting(w, { title: 'Cumbre de seguridad — Región Piura', from: '09:00', to: '10:00' });
    await invite(w, m.id);
    await addItem(w, m.id, { title: 'Apertura del señor Jefe del Gabinete', kind: 'information', plannedMinutes: 10 });
    const section = await addItem(w, m.id, { title: 'Exposiciones regionales', kind: 'section', plannedMinutes: 5 });
    await addItem(w, m.id, {
      title: 'Extorsión y sicariato en Piura',
      kind: 'presentation',
      plannedMinutes: 30,
      parentId: section.id,
      presenterAgencyId: w.agencies.invited,
    });
    await addItem(w, m.id, { title: 'Acción conjunta: ¿quién coordina?', kind: 'decision', plannedMinutes: 20 });
    await publishAgenda(w, m.id);

    const res = await call(w, 'invitedAnalyst', 'GET', `${agendaUrl(m.id)}/published.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="agenda-v1.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const text = (await pdfText(res.rawPayload)).replace(/[ \t]+/g, ' ');
    expect(text).toContain('Cumbre de seguridad — Región Piura');
    expect(text).toContain('1. Apertura del señor Jefe del Gabinete');
    expect(text).toContain('2. Exposiciones regionales');
    expect(text).toContain('2.1. Extorsión y sicariato en Piura');
    expect(text).toContain('3. Acción conjunta: ¿quién coordina?');
    expect(text).toContain('09:00 hora de Lima (UTC-5) · Información · 10 min');
    expect(text).toContain('09:10 hora de Lima (UTC-5) · Exposición · 30 min');
    expect(text).toContain('09:40 hora de Lima (UTC-5) · Decisión · 20 min');
    expect(text).toContain('Lugar: Sala de prueba, Av. Prueba 123, Piura');
  });

  it('serves the PDF only to who may read the published agenda', async () => {
    const internal = await createMeeting(w);
    await invite(w, internal.id);
    const url = `${agendaUrl(internal.id)}/published.pdf`;
    expect((await call(w, 'convener', 'GET', url)).statusCode).toBe(404); // not published yet
    await addItem(w, internal.id, { title: 'Punto' });
    await publishAgenda(w, internal.id);
    expect((await call(w, 'convener', 'GET', `${url}?version=1`)).statusCode).toBe(200);
    expect((await call(w, 'convener', 'GET', `${url}?version=2`)).statusCode).toBe(404);
    expect((await call(w, 'convener', 'GET', `${url}?version=cero`)).statusCode).toBe(400);
    expect((await call(w, 'outsider', 'GET', url)).statusCode).toBe(404);
    expect((await call(w, 'anonymous', 'GET', url)).statusCode).toBe(404);

    const open = await schedule(w, await createMeeting(w, { visibility: 'public' }));
    await addItem(w, open.id, { title: 'Punto público' });
    await publishAgenda(w, open.id);
    const pub = await call(w, 'anonymous', 'GET', `${agendaUrl(open.id)}/published.pdf`);
    expect(pub.statusCode).toBe(200);
    expect(await pdfText(pub.rawPayload)).toContain('Punto público');
  });
});
