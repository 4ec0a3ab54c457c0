// Where an item goes when it is moved by keyboard (up, down, into a section) or dropped in the
// flat list the drag and drop shows. Pure: the editor sends the answer as ONE move request
// (parentId + position among the new siblings, the item itself left out, as the API counts).
import type { AgendaItemKind } from '@cumbre/contracts';

/** One row of the agenda as the editor lists it: depth first, in order. */
export interface TreeRow {
  id: string;
  parentId: string | null;
  kind: AgendaItemKind;
  depth: 1 | 2;
  title: string;
}

export interface MoveTarget {
  parentId: string | null;
  position: number;
}

const siblings = (rows: readonly TreeRow[], parentId: string | null) => rows.filter((r) => r.parentId === parentId);

const hasChildren = (rows: readonly TreeRow[], id: string) => rows.some((r) => r.parentId === id);

/** A top-level entry other items can go into: a section, or an entry that already has items. */
export function isContainer(rows: readonly TreeRow[], row: TreeRow): boolean {
  return row.depth === 1 && (row.kind === 'section' || hasChildren(rows, row.id));
}

/** Only an item without items of its own, and not a section, may go one level down. */
export function canNest(rows: readonly TreeRow[], row: TreeRow): boolean {
  return row.kind !== 'section' && !hasChildren(rows, row.id);
}

/** The item's place now, counted the way a move counts it. */
export function currentPlace(rows: readonly TreeRow[], id: string): MoveTarget | null {
  const row = rows.find((r) => r.id === id);
  if (!row) return null;
  return {
    parentId: row.parentId,
    position: siblings(rows, row.parentId).findIndex((r) => r.id === id),
  };
}

/**
 * One step up or down. A first item inside a section steps out above it; a last one steps out
 * below it; a top-level item next to a section steps into it (at its end going up, at its start
 * going down). null when there is nowhere to go.
 */
export function keyboardMove(rows: readonly TreeRow[], id: string, direction: 'up' | 'down'): MoveTarget | null {
  const row = rows.find((r) => r.id === id);
  if (!row) return null;
  const sibs = siblings(rows, row.parentId);
  const index = sibs.findIndex((r) => r.id === id);
  const top = siblings(rows, null);
  if (row.depth === 2) {
    const parentIndex = top.findIndex((r) => r.id === row.parentId);
    if (direction === 'up') {
      return index > 0 ? { parentId: row.parentId, position: index - 1 } : { parentId: null, position: parentIndex };
    }
    return index < sibs.length - 1
      ? { parentId: row.parentId, position: index + 1 }
      : { parentId: null, position: parentIndex + 1 };
  }
  const neighbour = sibs[direction === 'up' ? index - 1 : index + 1];
  if (!neighbour) return null;
  if (canNest(rows, row) && isContainer(rows, neighbour)) {
    return direction === 'up'
      ? {
          parentId: neighbour.id,
          position: siblings(rows, neighbour.id).length,
        }
      : { parentId: neighbour.id, position: 0 };
  }
  return {
    parentId: null,
    position: direction === 'up' ? index - 1 : index + 1,
  };
}

/** To the end of a section (or of the top level, for `sectionId` null). */
export function moveToSection(rows: readonly TreeRow[], id: string, sectionId: string | null): MoveTarget | null {
  const row = rows.find((r) => r.id === id);
  if (!row || row.parentId === sectionId) return null;
  if (sectionId !== null && !canNest(rows, row)) return null;
  return {
    parentId: sectionId,
    position: siblings(rows, sectionId).filter((r) => r.id !== id).length,
  };
}

/**
 * A drop in the flat list (CDK's previousIndex → currentIndex). The row above the drop decides:
 * below an item inside a section, the moved item joins that section after it; right below a
 * section (or an entry with items), it becomes its first item; otherwise it is a top-level entry.
 * At the border between a section's last item and the next top-level entry an item keeps its
 * level. Sections and entries with items always stay at the top level.
 */
export function dropMove(rows: readonly TreeRow[], fromIndex: number, toIndex: number): MoveTarget | null {
  const moved = rows[fromIndex];
  if (!moved || fromIndex === toIndex) return null;
  const rest = rows.filter((_, i) => i !== fromIndex);
  const above = rest[toIndex - 1];
  const below = rest[toIndex];
  const topBefore = rest.slice(0, toIndex).filter((r) => r.depth === 1 && r.parentId === null).length;
  let target: MoveTarget;
  if (!canNest(rows, moved) || !above) {
    target = { parentId: null, position: topBefore };
  } else if (above.depth === 2) {
    const keepTopLevel = moved.depth === 1 && (!below || below.depth === 1);
    target = keepTopLevel
      ? { parentId: null, position: topBefore }
      : {
          parentId: above.parentId,
          position: siblings(rest, above.parentId).findIndex((r) => r.id === above.id) + 1,
        };
  } else if (isContainer(rest, above)) {
    target = { parentId: above.id, position: 0 };
  } else {
    target = { parentId: null, position: topBefore };
  }
  const now = currentPlace(rows, moved.id);
  if (now && now.parentId === target.parentId && now.position === target.position) return null;
  return target;
}
