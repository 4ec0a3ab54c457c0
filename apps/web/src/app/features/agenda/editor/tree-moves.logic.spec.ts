import { dropMove, keyboardMove, moveToSection, type TreeRow } from './tree-moves.logic';

// opening | S(a, b) | break | S2() | closing
const rows: TreeRow[] = [
  {
    id: 'opening',
    parentId: null,
    kind: 'information',
    depth: 1,
    title: 'Apertura',
  },
  { id: 'S', parentId: null, kind: 'section', depth: 1, title: 'Regiones' },
  { id: 'a', parentId: 'S', kind: 'presentation', depth: 2, title: 'Piura' },
  { id: 'b', parentId: 'S', kind: 'presentation', depth: 2, title: 'Tumbes' },
  {
    id: 'break',
    parentId: null,
    kind: 'information',
    depth: 1,
    title: 'Receso',
  },
  { id: 'S2', parentId: null, kind: 'section', depth: 1, title: 'Plan' },
  {
    id: 'closing',
    parentId: null,
    kind: 'information',
    depth: 1,
    title: 'Cierre',
  },
];

describe('keyboardMove', () => {
  it('swaps siblings inside a section', () => {
    expect(keyboardMove(rows, 'b', 'up')).toEqual({
      parentId: 'S',
      position: 0,
    });
    expect(keyboardMove(rows, 'a', 'down')).toEqual({
      parentId: 'S',
      position: 1,
    });
  });

  it('steps out of a section above it from its first item and below it from its last', () => {
    expect(keyboardMove(rows, 'a', 'up')).toEqual({
      parentId: null,
      position: 1,
    });
    expect(keyboardMove(rows, 'b', 'down')).toEqual({
      parentId: null,
      position: 2,
    });
  });

  it('steps into the neighbouring section: at its end going up, at its start going down', () => {
    expect(keyboardMove(rows, 'break', 'up')).toEqual({
      parentId: 'S',
      position: 2,
    });
    expect(keyboardMove(rows, 'opening', 'down')).toEqual({
      parentId: 'S',
      position: 0,
    });
    expect(keyboardMove(rows, 'break', 'down')).toEqual({
      parentId: 'S2',
      position: 0,
    });
  });

  it('moves a section past another top-level entry without nesting it', () => {
    expect(keyboardMove(rows, 'S2', 'up')).toEqual({
      parentId: null,
      position: 2,
    });
    expect(keyboardMove(rows, 'S', 'up')).toEqual({
      parentId: null,
      position: 0,
    });
  });

  it('has nowhere to go at the ends of the agenda', () => {
    expect(keyboardMove(rows, 'opening', 'up')).toBeNull();
    expect(keyboardMove(rows, 'closing', 'down')).toBeNull();
    expect(keyboardMove(rows, 'missing', 'down')).toBeNull();
  });
});

describe('moveToSection', () => {
  it('puts an item at the end of a section or of the top level', () => {
    expect(moveToSection(rows, 'closing', 'S')).toEqual({
      parentId: 'S',
      position: 2,
    });
    expect(moveToSection(rows, 'a', null)).toEqual({
      parentId: null,
      position: 5,
    });
  });

  it('refuses a section into a section and a move to where it already is', () => {
    expect(moveToSection(rows, 'S2', 'S')).toBeNull();
    expect(moveToSection(rows, 'a', 'S')).toBeNull();
  });
});

describe('dropMove', () => {
  const at = (id: string) => rows.findIndex((r) => r.id === id);

  it('joins a section when dropped below one of its items', () => {
    // closing dropped between a and b
    expect(dropMove(rows, at('closing'), 3)).toEqual({
      parentId: 'S',
      position: 1,
    });
  });

  it('becomes the first item of a section when dropped right below it', () => {
    // break dropped right below S2 (rest: opening S a b S2 closing → index 5)
    expect(dropMove(rows, at('break'), 5)).toEqual({
      parentId: 'S2',
      position: 0,
    });
  });

  it('leaves a section for the top level when dropped among top-level entries', () => {
    // a dropped after break (rest: opening S b break | S2 closing → index 4)
    expect(dropMove(rows, at('a'), 4)).toEqual({ parentId: null, position: 3 });
    expect(dropMove(rows, at('a'), 0)).toEqual({ parentId: null, position: 0 });
  });

  it('keeps a top-level item at the top level at the border below a section', () => {
    // closing dropped right after b, before break
    expect(dropMove(rows, at('closing'), 4)).toEqual({
      parentId: null,
      position: 2,
    });
  });

  it('keeps sections at the top level wherever they are dropped', () => {
    expect(dropMove(rows, at('S2'), 2)).toEqual({
      parentId: null,
      position: 2,
    });
    expect(dropMove(rows, at('S2'), 0)).toEqual({
      parentId: null,
      position: 0,
    });
  });

  it('is nothing when the item lands where it was', () => {
    expect(dropMove(rows, 2, 2)).toBeNull();
    // b dropped just below a is its own place
    expect(dropMove(rows, at('b'), 3)).toBeNull();
  });
});
