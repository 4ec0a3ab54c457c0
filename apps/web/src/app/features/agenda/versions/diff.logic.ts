// The diff between two agenda versions as lines to show: one per change, grouped by kind, each
// with its details in the reader's words (where an item moved, how its time changed, which
// fields were edited). Pure, so the wording is tested without a browser.
import type { AgendaDiff, AgendaDiffTime } from '@cumbre/contracts';
import { fill } from '../../../core/i18n/translate';
import { minutesText } from '../ui/agenda-time';
import type { AgendaMessages } from '../ui/agenda.messages';

export const DIFF_KINDS = ['added', 'removed', 'moved', 'retimed', 'edited'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffLine {
  kind: DiffKind;
  id: string;
  title: string;
  detail: string;
}

export interface DiffGroup {
  kind: DiffKind;
  label: string;
  lines: DiffLine[];
}

/**
 * Groups in a fixed order, empty ones left out. `titles` names parents by id (both versions'
 * items), so that a move reads "de «Apertura» a «Regiones»".
 */
export function diffGroups(
  diff: AgendaDiff,
  titles: ReadonlyMap<string, string>,
  t: AgendaMessages,
  /**
   * Words a planned start (an instant, from that version's own meeting start) as a time of day
   * ("09:40"); without it, or when that version's meeting had no start: "min 40".
   */
  clock?: (plannedStart: string) => string,
): DiffGroup[] {
  const start = (time: AgendaDiffTime) =>
    (time.plannedStart !== null && clock?.(time.plannedStart)) || fill(t.diffOffset, { n: time.offsetMinutes });
  const where = (parentId: string | null) =>
    parentId === null ? t.topLevel : fill(t.movedSection, { section: titles.get(parentId) ?? '?' });
  const lines: Record<DiffKind, DiffLine[]> = {
    added: diff.added.map((e) => ({
      kind: 'added',
      id: e.id,
      title: e.title,
      detail: '',
    })),
    removed: diff.removed.map((e) => ({
      kind: 'removed',
      id: e.id,
      title: e.title,
      detail: '',
    })),
    moved: diff.moved.map((e) => ({
      kind: 'moved',
      id: e.id,
      title: e.title,
      detail:
        e.fromParentId === e.toParentId
          ? ''
          : fill(t.diffMovedDetail, {
              from: where(e.fromParentId),
              to: where(e.toParentId),
            }),
    })),
    retimed: diff.retimed.map((e) => ({
      kind: 'retimed',
      id: e.id,
      title: e.title,
      detail: fill(t.diffRetimedDetail, {
        from: start(e.from),
        to: start(e.to),
        d0: minutesText(e.from.durationMinutes),
        d1: minutesText(e.to.durationMinutes),
      }),
    })),
    edited: diff.edited.map((e) => ({
      kind: 'edited',
      id: e.id,
      title: e.title,
      detail: e.fields.map((f) => (t as Record<string, string>)[`field.${f}`] ?? f).join(', '),
    })),
  };
  return DIFF_KINDS.filter((k) => lines[k].length > 0).map((kind) => ({
    kind,
    label: t[`diff.${kind}`],
    lines: lines[kind],
  }));
}
