import { ApiError } from '../common/api-error';
import { arrange, assertPlacement, closeGaps, TreeItem } from './agenda-tree';

const tree: TreeItem[] = [
  { id: 'open', parentId: null, position: 0 },
  { id: 'sec', parentId: null, position: 1 },
  { id: 's0', parentId: 'sec', position: 0 },
  { id: 's1', parentId: 'sec', position: 1 },
  { id: 'close', parentId: null, position: 2 },
];

const codeOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as ApiError).code;
  }
};

describe('assertPlacement', () => {
  it('accepts the top level and a top-level parent', () => {
    expect(codeOf(() => assertPlacement(tree, { id: 'close', kind: 'discussion' }, null))).toBeNull();
    expect(codeOf(() => assertPlacement(tree, { id: 'close', kind: 'discussion' }, 'sec'))).toBeNull();
    expect(codeOf(() => assertPlacement(tree, { id: null, kind: 'decision' }, 'open'))).toBeNull();
  });

  it('names each refused place with its own code', () => {
    expect(codeOf(() => assertPlacement(tree, { id: null, kind: 'discussion' }, 'elsewhere'))).toBe(
      'agenda.foreign_parent',
    );
    expect(codeOf(() => assertPlacement(tree, { id: null, kind: 'section' }, 'open'))).toBe(
      'agenda.section_not_top_level',
    );
    expect(codeOf(() => assertPlacement(tree, { id: null, kind: 'discussion' }, 's0'))).toBe('agenda.too_deep');
    expect(codeOf(() => assertPlacement(tree, { id: 'open', kind: 'discussion' }, 'open'))).toBe('agenda.move_cycle');
    expect(codeOf(() => assertPlacement(tree, { id: 'sec', kind: 'discussion' }, 's0'))).toBe('agenda.move_cycle');
    // A parent with children under another entry would make a third level.
    expect(codeOf(() => assertPlacement(tree, { id: 'sec', kind: 'discussion' }, 'open'))).toBe('agenda.too_deep');
  });
});

describe('arrange', () => {
  it('moves an item into a section and closes the gap it leaves', () => {
    expect(arrange(tree, 'open', 'sec', 1)).toEqual([
      { id: 'open', parentId: 'sec', position: 1 },
      { id: 's1', parentId: 'sec', position: 2 },
      { id: 'sec', parentId: null, position: 0 },
      { id: 'close', parentId: null, position: 1 },
    ]);
  });

  it('reorders siblings, writing only the rows that shift', () => {
    expect(arrange(tree, 'close', null, 0)).toEqual([
      { id: 'close', parentId: null, position: 0 },
      { id: 'open', parentId: null, position: 1 },
      { id: 'sec', parentId: null, position: 2 },
    ]);
  });

  it('puts a new item past the end at the end', () => {
    expect(arrange(tree, 'new', 'sec', 99)).toEqual([{ id: 'new', parentId: 'sec', position: 2 }]);
  });
});

describe('closeGaps', () => {
  it('renumbers the siblings of removed items', () => {
    expect(closeGaps(tree, new Set(['open', 's0']))).toEqual([
      { id: 'sec', parentId: null, position: 0 },
      { id: 'close', parentId: null, position: 1 },
      { id: 's1', parentId: 'sec', position: 0 },
    ]);
  });
});
