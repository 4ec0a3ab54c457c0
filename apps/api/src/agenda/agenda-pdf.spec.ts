import type { AgendaVersionDto } from '@cumbre/contracts';
import { itemNumbers, plannedStartLabel, toWinAnsi } from './agenda-pdf';

describe('toWinAnsi', () => {
  it('keeps what Helvetica shows (Spanish accents, ñ, ¿¡, dashes, quotes) and folds the rest', () => {
    expect(toWinAnsi('Ñandú, ¿acción? ¡Sí! — “sicariato” – 5 €')).toBe('Ñandú, ¿acción? ¡Sí! — “sicariato” – 5 €');
    expect(toWinAnsi('UTC\u22125')).toBe('UTC-5');
    expect(toWinAnsi('Łódź ǅ 🚓')).toBe('?ódz Dz ?');
  });
});

describe('itemNumbers', () => {
  it('counts top-level entries and numbers children under their parent', () => {
    const item = (id: string, parentId: string | null, depth: 1 | 2) =>
      ({ id, parentId, depth }) as AgendaVersionDto['items'][number];
    const numbers = itemNumbers([
      item('a', null, 1),
      item('s', null, 1),
      item('s1', 's', 2),
      item('s2', 's', 2),
      item('b', null, 1),
    ]);
    expect([...numbers.values()]).toEqual(['1', '2', '2.1', '2.2', '3']);
  });
});

describe('plannedStartLabel', () => {
  it('names the zone beside the time', () => {
    expect(plannedStartLabel('2026-12-05T14:40:00Z', 'America/Lima')).toBe('09:40 hora de Lima (UTC\u22125)');
    expect(plannedStartLabel(null, 'America/Lima')).toBe('Sin hora');
  });
});
