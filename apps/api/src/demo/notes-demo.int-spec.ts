import type { NoteSearchResultDto } from '@cumbre/contracts';
import { bearerFor } from '../../test/demo-sessions';
import { useTestApp } from '../../test/test-app';
import { DEMO_NOTES } from './notes-demo';

/** The demo library: each persona of `npm start` reads a different set of notes. */
describe('demo notes', () => {
  const t = useTestApp();
  const demoTitles = new Set(DEMO_NOTES.map((n) => n.title));

  const library = async (email: string | null): Promise<string[]> => {
    const headers = email ? await bearerFor(t.app, email) : undefined;
    const res = await t.app.inject({ method: 'GET', url: `/api/notes${email ? '' : '/public'}?limit=50`, headers });
    expect(res.statusCode).toBe(200);
    return (res.json() as NoteSearchResultDto).items.map((i) => i.title).filter((title) => demoTitles.has(title)).sort();
  };

  const bestPractices = DEMO_NOTES.filter((n) => n.kind === 'best_practice' && n.status !== 'draft').map((n) => n.title);

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
});
