import type { AgendaSnapshotItem } from '@cumbre/contracts';
import { diffAgendaVersions } from './agenda-diff';

const piura = {
  id: 'ag-piura',
  name: 'Gobierno Regional de Piura',
  shortName: 'GR Piura',
  kind: 'regional' as const,
  isoCode: 'PE-PIU',
};
const tumbes = {
  id: 'ag-tumbes',
  name: 'Gobierno Regional de Tumbes',
  shortName: 'GR Tumbes',
  kind: 'regional' as const,
  isoCode: 'PE-TUM',
};

function snap(
  id: string,
  parentId: string | null,
  position: number,
  plannedMinutes: number,
  extra: Partial<AgendaSnapshotItem> = {},
): AgendaSnapshotItem {
  return {
    id,
    parentId,
    position,
    kind: 'discussion',
    title: `Punto ${id}`,
    description: '',
    presenterAgency: null,
    presenter: null,
    plannedMinutes,
    ...extra,
  };
}

describe('diffAgendaVersions', () => {
  const v1 = [snap('a', null, 0, 10), snap('b', null, 1, 20), snap('c', null, 2, 30)];

  it('finds nothing between a version and itself', () => {
    expect(diffAgendaVersions(v1, v1)).toEqual({ added: [], removed: [], moved: [], retimed: [], edited: [] });
  });

  it('tells added and removed items apart, and retimes what they push or pull', () => {
    const v2 = [snap('a', null, 0, 10), snap('n', null, 1, 5), snap('c', null, 2, 30)];
    const d = diffAgendaVersions(v1, v2);
    expect(d.added).toEqual([{ id: 'n', title: 'Punto n' }]);
    expect(d.removed).toEqual([{ id: 'b', title: 'Punto b' }]);
    expect(d.moved).toEqual([]);
    expect(d.retimed).toEqual([
      {
        id: 'c',
        title: 'Punto c',
        from: { offsetMinutes: 30, durationMinutes: 30, plannedStart: null },
        to: { offsetMinutes: 15, durationMinutes: 30, plannedStart: null },
      },
    ]);
  });

  it('reports only the item that was moved, not the ones it jumped over', () => {
    const v2 = [snap('c', null, 0, 30), snap('a', null, 1, 10), snap('b', null, 2, 20)];
    const d = diffAgendaVersions(v1, v2);
    expect(d.moved.map((m) => m.id)).toEqual(['c']);
    expect(d.retimed.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('reports a move into a section with both parents', () => {
    const a = [snap('s', null, 0, 1, { kind: 'section' }), snap('x', null, 1, 10)];
    const b = [snap('s', null, 0, 1, { kind: 'section' }), snap('x', 's', 0, 10)];
    expect(diffAgendaVersions(a, b).moved).toEqual([
      { id: 'x', title: 'Punto x', fromParentId: null, toParentId: 's' },
    ]);
  });

  it('names the edited fields, comparing presenters by id', () => {
    const a = [snap('a', null, 0, 10, { presenterAgency: piura, title: 'Apertura' })];
    const same = [snap('a', null, 0, 10, { presenterAgency: { ...piura }, title: 'Apertura' })];
    const b = [
      snap('a', null, 0, 10, { presenterAgency: tumbes, title: 'Apertura de la cumbre', description: '**Palabras**' }),
    ];
    expect(diffAgendaVersions(a, same).edited).toEqual([]);
    expect(diffAgendaVersions(a, b).edited).toEqual([
      { id: 'a', title: 'Apertura de la cumbre', fields: ['title', 'description', 'presenterAgency'] },
    ]);
  });

  it('retimes an item whose duration changed', () => {
    const b = [snap('a', null, 0, 15), snap('b', null, 1, 20), snap('c', null, 2, 30)];
    const d = diffAgendaVersions(v1, b);
    expect(d.retimed.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(d.retimed[0]).toMatchObject({ from: { durationMinutes: 10 }, to: { durationMinutes: 15 } });
    expect(d.edited).toEqual([]);
  });

  describe("with each version's own meeting start", () => {
    const nine = '2026-12-05T14:00:00.000Z'; // 09:00 in Lima
    const ten = '2026-12-05T15:00:00.000Z';

    it('retimes every item when only the meeting moved, with the planned starts of each side', () => {
      const d = diffAgendaVersions(v1, v1, { from: nine, to: ten });
      expect(d.retimed.map((r) => r.id)).toEqual(['a', 'b', 'c']);
      expect(d.retimed[1]).toEqual({
        id: 'b',
        title: 'Punto b',
        from: { offsetMinutes: 10, durationMinutes: 20, plannedStart: '2026-12-05T14:10:00.000Z' },
        to: { offsetMinutes: 10, durationMinutes: 20, plannedStart: '2026-12-05T15:10:00.000Z' },
      });
    });

    it('retimes nothing when the meeting did not move and the order stayed', () => {
      expect(diffAgendaVersions(v1, v1, { from: nine, to: nine }).retimed).toEqual([]);
    });

    it('does not retime an item whose offset changed by exactly what the start moved back', () => {
      // The meeting starts 10 minutes earlier and a 10-minute item is added before "b" and "c".
      const v2 = [snap('n', null, 0, 10), ...v1.map((i) => ({ ...i, position: i.position + 1 }))];
      const d = diffAgendaVersions(v1, v2, { from: nine, to: '2026-12-05T13:50:00.000Z' });
      expect(d.added.map((i) => i.id)).toEqual(['n']);
      expect(d.retimed).toEqual([]);
    });

    it('compares offsets when a side had no start', () => {
      expect(diffAgendaVersions(v1, v1, { from: null, to: ten }).retimed).toEqual([]);
    });
  });
});
