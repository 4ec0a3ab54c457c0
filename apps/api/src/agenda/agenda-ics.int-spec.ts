import ICAL from 'ical.js';
import { addItem, agendaUrl, publishAgenda, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, futureDay, invite, schedule, useMeetingWorld } from '../../test/meeting-world';

// The published agenda in the DESCRIPTION of a meeting's .ics, read back with ical.js (an
// independent parser): in order, times in the meeting's zone, presenters, sections as headings.

function description(text: string): string {
  const cal = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent') as InstanceType<typeof ICAL.Component>);
  return event.description;
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('the published agenda in the .ics of a meeting', () => {
  const w = useMeetingWorld();
  const ics = (id: string, who: Parameters<typeof call>[1] = 'invitedAnalyst') =>
    call(w, who, 'GET', `/api/meetings/${id}.ics`);

  it('carries the latest published version, folded and escaped, and never the draft after it', async () => {
    const m = await createMeeting(w, {
      day: futureDay(),
      from: '09:00',
      to: '12:00',
      extra: { description: 'Reunión de coordinación.' },
    });
    await invite(w, m.id);
    await addItem(w, m.id, {
      title: 'Apertura; palabras del jefe, de gabinete',
      kind: 'information',
      plannedMinutes: 10,
    });
    const section = await addItem(w, m.id, { title: 'Exposiciones regionales', kind: 'section', plannedMinutes: 5 });
    await addItem(w, m.id, {
      title: 'Extorsión y sicariato en la región: diagnóstico, cifras y respuesta conjunta de la policía',
      kind: 'presentation',
      plannedMinutes: 20,
      parentId: section.id,
      presenterAgencyId: w.agencies.invited,
      presenterUserId: w.users.invitedLeader.id,
    });
    const closing = await addItem(w, m.id, { title: 'Clausura', kind: 'information', plannedMinutes: 15 });

    // Nothing is published yet: no agenda in the file.
    expect(description((await ics(m.id)).body)).not.toContain('Agenda publicada');

    await publishAgenda(w, m.id);
    const first = await ics(m.id);
    expect(first.statusCode).toBe(200);
    for (const line of first.body.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    // Escaped per RFC 5545 in the raw text: the newline, the semicolon and the comma.
    const unfolded = first.body.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      '\\nAgenda publicada (versión 1)\\, hora de Lima (UTC−5):\\n09:00  Apertura\\; palabras del jefe\\, de gabinete',
    );
    const invitedName = (await call(w, 'admin', 'GET', `/api/agencies/${w.agencies.invited}`)).json().name as string;
    const text = description(first.body);
    expect(text.split('\n')).toEqual([
      'Reunión de coordinación.',
      '',
      'Agenda publicada (versión 1), hora de Lima (UTC−5):',
      '09:00  Apertura; palabras del jefe, de gabinete',
      '',
      'EXPOSICIONES REGIONALES (09:10)',
      `  09:10  Extorsión y sicariato en la región: diagnóstico, cifras y respuesta conjunta de la policía · ${invitedName} (Líder Invitada)`,
      '09:30  Clausura',
      '',
      expect.stringMatching(/^Reunión en Cumbre: /),
    ]);

    // Draft edits after the publication stay out of the file.
    await call(w, 'convener', 'PATCH', `${agendaUrl(m.id)}/items/${closing.id}`, {
      version: closing.version,
      title: 'Clausura (borrador)',
    });
    await addItem(w, m.id, { title: 'Punto todavía en borrador', plannedMinutes: 5 });
    expect((await readAgenda(w, m.id)).status).toBe('draft');
    const draft = description((await ics(m.id)).body);
    expect(draft).toContain('09:30  Clausura');
    expect(draft).not.toContain('borrador');

    // Publishing again puts version 2 in its place.
    await publishAgenda(w, m.id);
    const second = description((await ics(m.id, 'convener')).body);
    expect(second).toContain('Agenda publicada (versión 2)');
    expect(second).toContain('09:30  Clausura (borrador)');
    expect(second).toContain('09:45  Punto todavía en borrador');
    expect(second).not.toContain('versión 1');
  });

  it('reaches the public feed too: a publication changes its ETag', async () => {
    const m = await schedule(w, await createMeeting(w, { visibility: 'public', title: 'Sesión pública con agenda' }));
    await addItem(w, m.id, { title: 'Rendición de cuentas', kind: 'information', plannedMinutes: 30 });
    const before = await w.app.inject({ method: 'GET', url: '/api/calendar/public.ics' });
    expect(before.statusCode).toBe(200);
    await publishAgenda(w, m.id);
    const after = await w.app.inject({
      method: 'GET',
      url: '/api/calendar/public.ics',
      headers: { 'if-none-match': before.headers['etag'] as string },
    });
    expect(after.statusCode).toBe(200);
    expect(after.body.replace(/\r\n /g, '')).toContain('09:00  Rendición de cuentas');
    const single = await w.app.inject({ method: 'GET', url: `/api/public/meetings/${m.id}.ics` });
    expect(description(single.body)).toContain('Agenda publicada (versión 1)');
  });
});
