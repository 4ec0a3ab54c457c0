// Placing an item in the agenda tree: the checks that keep it two levels deep and acyclic, and
// the new sibling positions of a move (one write for every item that shifts).
import type { AgendaItemKind } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';

/** An accepted item's place in the tree. */
export interface TreeItem {
  id: string;
  parentId: string | null;
  position: number;
}

/** The item being placed (new, a proposal, or already in the tree). */
export interface Placing {
  id: string | null;
  kind: AgendaItemKind;
}

/** Refuses a place outside this agenda, a section under anything, a third level, or a cycle. */
export function assertPlacement(tree: readonly TreeItem[], item: Placing, parentId: string | null): void {
  if (parentId === null) return;
  const parent = tree.find((t) => t.id === parentId);
  if (!parent) {
    throw new ApiError('agenda.foreign_parent', `parentId ${parentId} is not an item of this meeting's agenda`, {
      field: 'parentId',
      params: { parentId },
    });
  }
  if (item.id !== null && (parent.id === item.id || parent.parentId === item.id)) {
    throw new ApiError('agenda.move_cycle', 'an item cannot be placed under itself or under one of its own items', {
      field: 'parentId',
    });
  }
  if (item.kind === 'section') {
    throw new ApiError('agenda.section_not_top_level', 'a section stays at the top level of the agenda', {
      field: 'parentId',
    });
  }
  const hasChildren = item.id !== null && tree.some((t) => t.parentId === item.id);
  if (parent.parentId !== null || hasChildren) {
    throw new ApiError('agenda.too_deep', 'the agenda has two levels: this would make a third', {
      field: 'parentId',
      params: { max: 2 },
    });
  }
}

const byPosition = (a: TreeItem, b: TreeItem) => a.position - b.position || (a.id < b.id ? -1 : 1);

/**
 * The places after putting `itemId` under `parentId` at `position` (past the end means at the
 * end): only the rows whose parent or position change, the item itself included.
 */
export function arrange(
  tree: readonly TreeItem[],
  itemId: string,
  parentId: string | null,
  position: number,
): TreeItem[] {
  const before = new Map(tree.map((t) => [t.id, t]));
  const others = tree.filter((t) => t.id !== itemId);
  const next = new Map<string, TreeItem>();
  const renumber = (siblings: TreeItem[]) => siblings.forEach((s, index) => next.set(s.id, { ...s, position: index }));

  const target = others.filter((t) => t.parentId === parentId).sort(byPosition);
  const at = Math.max(0, Math.min(position, target.length));
  target.splice(at, 0, { id: itemId, parentId, position: at });
  renumber(target);
  const old = before.get(itemId);
  if (old && old.parentId !== parentId) renumber(others.filter((t) => t.parentId === old.parentId).sort(byPosition));

  return [...next.values()].filter((t) => {
    const was = before.get(t.id);
    return !was || was.parentId !== t.parentId || was.position !== t.position;
  });
}

/** The places after taking `itemIds` out of the tree: their former siblings close the gap. */
export function closeGaps(tree: readonly TreeItem[], removedIds: ReadonlySet<string>): TreeItem[] {
  const kept = tree.filter((t) => !removedIds.has(t.id));
  const parents = new Set(kept.map((t) => t.parentId));
  const changes: TreeItem[] = [];
  for (const parentId of parents) {
    kept
      .filter((t) => t.parentId === parentId)
      .sort(byPosition)
      .forEach((t, index) => {
        if (t.position !== index) changes.push({ ...t, position: index });
      });
  }
  return changes;
}
