import type { AgendaDiff } from '@cumbre/contracts';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { diffGroups } from './diff.logic';

const empty: AgendaDiff = {
  added: [],
  removed: [],
  moved: [],
  retimed: [],
  edited: [],
};
const titles = new Map([
  ['S', 'Situación regional'],
  ['P', 'Plan conjunto'],
]);

/** "Cierre" kept its offset (min 40) and length (20 min); only each side's planned start differs. */
function retimedStart(from: string | null, to: string | null): AgendaDiff {
  const side = (plannedStart: string | null) => ({
    offsetMinutes: 40,
    durationMinutes: 20,
    plannedStart,
  });
  return {
    ...empty,
    retimed: [{ id: 'c', title: 'Cierre', from: side(from), to: side(to) }],
  };
}

describe('diffGroups', () => {
  it('shows nothing when nothing changed', () => {
    expect(diffGroups(empty, titles, AGENDA_MESSAGES.es)).toEqual([]);
  });

  it('groups changes in a fixed order with their details in Spanish', () => {
    const groups = diffGroups(
      {
        added: [{ id: 'n', title: 'Tumbes' }],
        removed: [{ id: 'r', title: 'Receso' }],
        moved: [
          {
            id: 'm',
            title: 'Inteligencia',
            fromParentId: null,
            toParentId: 'P',
          },
          { id: 'k', title: 'Piura', fromParentId: 'S', toParentId: 'S' },
        ],
        retimed: [
          {
            id: 'c',
            title: 'Cierre',
            from: {
              offsetMinutes: 300,
              durationMinutes: 30,
              plannedStart: null,
            },
            to: { offsetMinutes: 315, durationMinutes: 75, plannedStart: null },
          },
        ],
        edited: [{ id: 'e', title: 'Apertura', fields: ['title', 'presenterAgency'] }],
      },
      titles,
      AGENDA_MESSAGES.es,
    );
    expect(groups.map((g) => g.label)).toEqual(['Añadido', 'Eliminado', 'Movido', 'Cambio de horario', 'Editado']);
    expect(groups[2].lines.map((l) => l.detail)).toEqual(['de Nivel superior a «Plan conjunto»', '']);
    expect(groups[3].lines[0].detail).toBe('empieza min 300 → min 315; dura 30 min → 1 h 15 min');
    expect(groups[4].lines[0].detail).toBe('título, institución');
  });

  it("words each side's own planned start as a time of day", () => {
    // Same offset, but the meeting moved an hour later between the versions.
    const [group] = diffGroups(
      retimedStart('2026-12-05T14:40:00Z', '2026-12-05T15:40:00Z'),
      titles,
      AGENDA_MESSAGES.es,
      (iso) =>
        `${String(new Date(iso).getUTCHours() - 5).padStart(2, '0')}:${String(new Date(iso).getUTCMinutes()).padStart(2, '0')}`,
    );
    expect(group.lines[0].detail).toBe('empieza 09:40 → 10:40; dura 20 min → 20 min');
  });

  it('falls back to the offset for a side whose meeting had no start', () => {
    const [group] = diffGroups(retimedStart(null, '2026-12-05T15:40:00Z'), titles, AGENDA_MESSAGES.es, () => '10:40');
    expect(group.lines[0].detail).toBe('empieza min 40 → 10:40; dura 20 min → 20 min');
  });

  it('leaves out empty groups and words them in English too', () => {
    const groups = diffGroups({ ...empty, removed: [{ id: 'r', title: 'Break' }] }, titles, AGENDA_MESSAGES.en);
    expect(groups).toEqual([
      {
        kind: 'removed',
        label: 'Removed',
        lines: [{ kind: 'removed', id: 'r', title: 'Break', detail: '' }],
      },
    ]);
  });
});
