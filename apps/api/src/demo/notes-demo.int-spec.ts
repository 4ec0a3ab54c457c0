import type { NoteSearchResultDto } from '@cumbre/contracts';
import { bearerFor } from '../../test/demo-sessions';
import { useTestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { DEMO_NOTES } from './notes-demo';

/** The demo library: each persona of `npm start` reads a different set of notes. */
describe('demo notes', () => {
  const t = useTestApp();
  const demoTitles = new Set(DEMO_NOTES.map((n) => n.title));

  const library = async (email: string | null): Promise<string[]> => {
    const headers = email ? await bearerFor(t.app, email) : undefined;
    const res = await t.app.inject({ method: 'GET', url: `/api/notes${email ? '' : '/public'}?limit=50`, headers });
    expect(res.statusCode).toBe(200);
    return (res.json() as NoteSearchResultDto).items
      .map((i) => i.title)
      .filter((title) => demoTitles.has(title))
      .sort();
  };

  const bestPractices = DEMO_NOTES.filter((n) => n.kind === 'best_practice' && n.status !== 'draft').map(
    (n) => n.title,
  );

  it('shows the public the public best practices only, and an admin the best practices only', async () => {
    expect(await library(null)).toEqual(
      ['Central telefónica contra la extorsión en Trujillo', 'Patrullaje vecinal con la Policía en Piura'].sort(),
    );
    expect(await library('admin@cumbre.demo')).toEqual([...bestPractices].sort());
  });

  it('gives each analyst the intelligence their agency, group, clearance and name reach', async () => {
    const piura = await library('analista.piura@cumbre.demo');
    const lambayeque = await library('analista.lambayeque@cumbre.demo');
    const regpol = await library('analista.regpol@cumbre.demo');
    const laLibertad = await library('analista.lalibertad@cumbre.demo');
    const staffPiura = await library('staff.piura@cumbre.demo');
    const has = (lib: string[], title: string) => lib.includes(title);

    expect(has(piura, 'Infiltración en la obra del hospital regional de Piura')).toBe(true);
    expect(has(lambayeque, 'Infiltración en la obra del hospital regional de Piura')).toBe(false);
    expect(has(lambayeque, 'Plan de secuestro de un empresario en Chiclayo')).toBe(true);
    expect(has(laLibertad, 'Plan de secuestro de un empresario en Chiclayo')).toBe(false);
    expect(has(regpol, 'Cobro de cupos a mototaxis en Sullana')).toBe(true);
    expect(has(regpol, 'Red de sicarios entre Trujillo y Chimbote')).toBe(false);
    expect(has(lambayeque, 'Red de sicarios entre Trujillo y Chimbote')).toBe(true);
    expect(has(laLibertad, 'Fuentes en el terminal terrestre de Trujillo')).toBe(true);
    expect(has(piura, 'Fuentes en el terminal terrestre de Trujillo')).toBe(false);
    // GREEN clearance: no AMBER; and the draft is its author's.
    expect(has(staffPiura, 'Red de sicarios entre Trujillo y Chimbote')).toBe(false);
    expect(has(staffPiura, 'Protocolo de atención a víctimas de secuestro (borrador)')).toBe(true);
    expect(has(piura, 'Protocolo de atención a víctimas de secuestro (borrador)')).toBe(false);
    const libraries = [piura, lambayeque, regpol, laLibertad, staffPiura].map((l) => l.join('|'));
    expect(new Set(libraries).size).toBe(libraries.length);
  });

  it('dates the notes while the summit was prepared, one a day from 13 November, never after the clock', async () => {
    const rows: { title: string; created_at: Date; updated_at: Date; shared_at: Date | null }[] = await t.db.query(
      'SELECT title, created_at, updated_at, shared_at FROM note WHERE title = ANY($1)',
      [DEMO_NOTES.map((n) => n.title)],
    );
    const at = new Map(rows.map((r) => [r.title, r]));
    const written = DEMO_NOTES.map((n) => at.get(n.title)?.updated_at.getTime() ?? NaN);
    // In the list's order (the library shows the last first), none after the suite's "now".
    expect(written.every((w, i) => i === 0 || w > written[i - 1])).toBe(true);
    expect(Math.max(...written)).toBeLessThanOrEqual(testNow().getTime());
    for (const n of DEMO_NOTES) {
      const r = at.get(n.title);
      expect(r?.created_at.getTime()).toBe(r?.updated_at.getTime());
      expect(r?.shared_at?.getTime() ?? null).toBe(n.status === 'draft' ? null : r?.updated_at.getTime());
    }
    // On any clock after the last of them (today's, the journeys' 27 November), the calendar days themselves.
    if (testNow() >= new Date('2026-11-26T00:00:00Z')) {
      expect(new Date(written[0]).toISOString()).toBe('2026-11-13T15:00:00.000Z');
      expect(new Date(written[written.length - 1]).toISOString()).toBe(
        new Date(Date.parse('2026-11-13T15:00:00Z') + (DEMO_NOTES.length - 1) * 86_400_000).toISOString(),
      );
    }
  });
});
