// What changed between two versions of an agenda: added, removed, moved, retimed, edited.
import type {
  AgendaDiff,
  AgendaDiffEdit,
  AgendaDiffMove,
  AgendaDiffRetime,
  AgendaDiffTime,
  AgendaSnapshotItem,
} from '@cumbre/contracts';
import { type AgendaItemTimes, agendaTimes, orderAgenda } from './agenda-times';

const EDITABLE: (keyof AgendaSnapshotItem)[] = ['title', 'description', 'kind', 'presenterAgency', 'presenter'];

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  return (a as { id?: unknown }).id === (b as { id?: unknown }).id;
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/**
 * Moved items: those whose parent changed, plus the fewest items among the siblings kept under
 * one parent whose relative order changed (the others stay put: moving one item to the top
 * reports that item, not every item it jumped over).
 */
function movedItems(a: AgendaSnapshotItem[], b: AgendaSnapshotItem[]): AgendaDiffMove[] {
  const before = new Map(a.map((i) => [i.id, i]));
  const orderBefore = new Map(orderAgenda(a).map((i, index) => [i.id, index]));
  const moved: AgendaDiffMove[] = [];
  const kept = orderAgenda(b).filter((i) => before.has(i.id));
  const groups = new Map<string | null, typeof kept>();
  for (const item of kept) {
    const old = before.get(item.id) as AgendaSnapshotItem;
    if (old.parentId !== item.parentId) {
      moved.push({ id: item.id, title: item.title, fromParentId: old.parentId, toParentId: item.parentId });
      continue;
    }
    groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item]);
  }
  for (const siblings of groups.values()) {
    const stay = longestIncreasing(siblings.map((s) => orderBefore.get(s.id) as number));
    siblings.forEach((s, index) => {
      if (!stay.has(index)) moved.push({ id: s.id, title: s.title, fromParentId: s.parentId, toParentId: s.parentId });
    });
  }
  return moved;
}

/** Where each side's meeting started when that side was frozen (a version's own snapshot). */
export interface AgendaDiffStarts {
  from?: string | Date | null;
  to?: string | Date | null;
}

const sameStart = (x: AgendaItemTimes, y: AgendaItemTimes) =>
  x.plannedStart !== null && y.plannedStart !== null
    ? x.plannedStart.getTime() === y.plannedStart.getTime()
    : x.offsetMinutes === y.offsetMinutes;

const diffTime = (t: AgendaItemTimes): AgendaDiffTime => ({
  offsetMinutes: t.offsetMinutes,
  durationMinutes: t.durationMinutes,
  plannedStart: t.plannedStart ? t.plannedStart.toISOString() : null,
});

/**
 * The changes from version `a` to version `b` (items matched by id). Each side's times come from
 * its own meeting start (`starts`): an item whose offset stayed but whose meeting moved is
 * retimed; one whose offset changed exactly as much as the start moved back is not. When a side
 * has no start, offsets are compared.
 */
export function diffAgendaVersions(
  a: readonly AgendaSnapshotItem[],
  b: readonly AgendaSnapshotItem[],
  starts: AgendaDiffStarts = {},
): AgendaDiff {
  const before = new Map(a.map((i) => [i.id, i]));
  const after = new Map(b.map((i) => [i.id, i]));
  const timesBefore = new Map(
    agendaTimes({ startsAt: starts.from ?? null, endsAt: null }, a).items.map((t) => [t.id, t]),
  );
  const timesAfter = new Map(agendaTimes({ startsAt: starts.to ?? null, endsAt: null }, b).items.map((t) => [t.id, t]));
  const inOrder = (items: readonly AgendaSnapshotItem[]) => orderAgenda([...items]);

  const added = inOrder(b)
    .filter((i) => !before.has(i.id))
    .map((i) => ({ id: i.id, title: i.title }));
  const removed = inOrder(a)
    .filter((i) => !after.has(i.id))
    .map((i) => ({ id: i.id, title: i.title }));
  const retimed: AgendaDiffRetime[] = [];
  const edited: AgendaDiffEdit[] = [];
  for (const item of inOrder(b)) {
    const old = before.get(item.id);
    if (!old) continue;
    const fields = EDITABLE.filter((f) => !sameValue(old[f], item[f]));
    if (fields.length > 0) edited.push({ id: item.id, title: item.title, fields });
    const t0 = timesBefore.get(item.id);
    const t1 = timesAfter.get(item.id);
    if (t0 && t1 && (!sameStart(t0, t1) || t0.durationMinutes !== t1.durationMinutes)) {
      retimed.push({ id: item.id, title: item.title, from: diffTime(t0), to: diffTime(t1) });
    }
  }
  return { added, removed, moved: movedItems([...a], [...b]), retimed, edited };
}
