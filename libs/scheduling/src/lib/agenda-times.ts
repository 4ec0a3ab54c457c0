// Planned times of an agenda: from the meeting's start, the order and the durations. One
// implementation for the API, the web app and the printed agenda.
import type { MeetingTimeSpan } from './meeting-time';

/** What timing needs of an item; `position` orders siblings. */
export interface AgendaTimingItem {
  id: string;
  parentId: string | null;
  position: number;
  plannedMinutes: number;
}

export interface AgendaItemTimes {
  id: string;
  depth: 1 | 2;
  /** Minutes from the meeting's start. */
  offsetMinutes: number;
  /** Its own minutes, or the sum of its children's when it has children (a section spans them). */
  durationMinutes: number;
  /** null while the meeting has no start. */
  plannedStart: Date | null;
  plannedEnd: Date | null;
}

export interface AgendaTimes {
  /** Depth first: a top-level entry, then its children, in position order. */
  items: AgendaItemTimes[];
  totalMinutes: number;
  /** Minutes past the meeting's end; 0 when the agenda fits or the meeting has no end. */
  overrunMinutes: number;
}

const MINUTE = 60_000;

function instant(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

const bySiblingOrder = <T extends { position: number; id: string }>(a: T, b: T) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The items depth first, each with its depth. Children whose parent is not among the items are
 * left out (they cannot be placed); so is anything below the second level.
 */
export function orderAgenda<T extends Omit<AgendaTimingItem, 'plannedMinutes'>>(
  items: readonly T[],
): (T & { depth: 1 | 2 })[] {
  const children = new Map<string, T[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  }
  const out: (T & { depth: 1 | 2 })[] = [];
  for (const top of items.filter((i) => i.parentId === null).sort(bySiblingOrder)) {
    out.push({ ...top, depth: 1 });
    for (const child of (children.get(top.id) ?? []).sort(bySiblingOrder)) out.push({ ...child, depth: 2 });
  }
  return out;
}

/**
 * Planned start and end of every item, the total and the overrun past the meeting's end. An
 * entry with children takes exactly their time (its own planned minutes count only while it
 * has none), so a section's span is what is inside it.
 */
export function agendaTimes(meeting: MeetingTimeSpan, items: readonly AgendaTimingItem[]): AgendaTimes {
  const start = instant(meeting.startsAt);
  const end = instant(meeting.endsAt);
  const ordered = orderAgenda(items);
  const childMinutes = new Map<string, number>();
  const hasChildren = new Set<string>();
  for (const item of ordered) {
    if (item.depth === 2 && item.parentId !== null) {
      hasChildren.add(item.parentId);
      childMinutes.set(item.parentId, (childMinutes.get(item.parentId) ?? 0) + item.plannedMinutes);
    }
  }
  const at = (offset: number) => (start ? new Date(start.getTime() + offset * MINUTE) : null);
  const out: AgendaItemTimes[] = [];
  let cursor = 0;
  for (const item of ordered) {
    const parentSpan = hasChildren.has(item.id);
    const minutes = parentSpan ? (childMinutes.get(item.id) ?? 0) : item.plannedMinutes;
    const offset = cursor;
    out.push({
      id: item.id,
      depth: item.depth,
      offsetMinutes: offset,
      durationMinutes: minutes,
      plannedStart: at(offset),
      plannedEnd: at(offset + minutes),
    });
    // A parent's children advance the clock; the parent itself does not, or its time would count twice.
    if (!parentSpan) cursor += minutes;
  }
  const totalMinutes = cursor;
  const available = start && end ? Math.round((end.getTime() - start.getTime()) / MINUTE) : null;
  const overrunMinutes = available === null ? 0 : Math.max(0, totalMinutes - available);
  return { items: out, totalMinutes, overrunMinutes };
}
