import { agendaTimes, orderAgenda } from './agenda-times';

const item = (id: string, parentId: string | null, position: number, plannedMinutes: number) => ({
  id,
  parentId,
  position,
  plannedMinutes,
});

describe('agendaTimes', () => {
  const meeting = { startsAt: '2026-12-05T14:00:00.000Z', endsAt: '2026-12-05T15:00:00.000Z' };

  it('plans each item after the one before it, from the meeting start', () => {
    const t = agendaTimes(meeting, [item('b', null, 1, 20), item('a', null, 0, 15), item('c', null, 2, 10)]);
    expect(
      t.items.map((i) => [i.id, i.offsetMinutes, i.plannedStart?.toISOString(), i.plannedEnd?.toISOString()]),
    ).toEqual([
      ['a', 0, '2026-12-05T14:00:00.000Z', '2026-12-05T14:15:00.000Z'],
      ['b', 15, '2026-12-05T14:15:00.000Z', '2026-12-05T14:35:00.000Z'],
      ['c', 35, '2026-12-05T14:35:00.000Z', '2026-12-05T14:45:00.000Z'],
    ]);
    expect(t.totalMinutes).toBe(45);
    expect(t.overrunMinutes).toBe(0);
  });

  it('lets a section span exactly its children, its own minutes counting only while empty', () => {
    const t = agendaTimes(meeting, [
      item('open', null, 0, 10),
      item('sec', null, 1, 999),
      item('s2', 'sec', 1, 20),
      item('s1', 'sec', 0, 15),
      item('empty', null, 2, 5),
    ]);
    expect(t.items.map((i) => [i.id, i.depth, i.offsetMinutes, i.durationMinutes])).toEqual([
      ['open', 1, 0, 10],
      ['sec', 1, 10, 35],
      ['s1', 2, 10, 15],
      ['s2', 2, 25, 20],
      ['empty', 1, 45, 5],
    ]);
    expect(t.totalMinutes).toBe(50);
  });

  it('flags by how many minutes the agenda runs past the meeting end', () => {
    const t = agendaTimes(meeting, [item('a', null, 0, 50), item('b', null, 1, 25)]);
    expect(t.totalMinutes).toBe(75);
    expect(t.overrunMinutes).toBe(15);
  });

  it('still totals the minutes of a meeting without a date, with no start times', () => {
    const t = agendaTimes({ startsAt: null, endsAt: null }, [item('a', null, 0, 30)]);
    expect(t.items[0]).toMatchObject({ plannedStart: null, plannedEnd: null, offsetMinutes: 0, durationMinutes: 30 });
    expect(t.overrunMinutes).toBe(0);
  });

  it('answers an empty agenda with nothing planned', () => {
    expect(agendaTimes(meeting, [])).toEqual({ items: [], totalMinutes: 0, overrunMinutes: 0 });
  });
});

describe('orderAgenda', () => {
  it('orders depth first and leaves out children of an unknown parent', () => {
    const ordered = orderAgenda([
      { id: 'x', parentId: 'ghost', position: 0 },
      { id: 'b', parentId: null, position: 1 },
      { id: 'a1', parentId: 'a', position: 0 },
      { id: 'a', parentId: null, position: 0 },
    ]);
    expect(ordered.map((i) => `${i.id}:${i.depth}`)).toEqual(['a:1', 'a1:2', 'b:1']);
  });
});
