// Pure rules on the agenda's tree shared by its screens.
import type { AgendaItemDto } from '@cumbre/contracts';

/**
 * Top-level entries another item may go into: sections, and entries that already hold items
 * (the parent choice of the item form, the place of an accepted proposal).
 */
export function containersOf(items: readonly AgendaItemDto[]): AgendaItemDto[] {
  return items.filter((i) => i.depth === 1 && (i.kind === 'section' || items.some((c) => c.parentId === i.id)));
}
