// A published agenda as plain text, for places that carry no markup: the DESCRIPTION of a
// meeting's .ics. Spanish (es-PE), times in the meeting's zone with the zone named.
import type { AgendaSnapshot, AgendaSnapshotItem } from '@cumbre/contracts';
import { agendaTimes } from './agenda-times';
import { formatTimeOfDay, zoneLabel } from './meeting-time';

function presenterOf(item: AgendaSnapshotItem): string {
  if (!item.presenterAgency) return '';
  const person = item.presenter ? ` (${item.presenter.displayName})` : '';
  return ` · ${item.presenterAgency.name}${person}`;
}

/**
 * "Agenda publicada (versión N), hora de Lima (UTC−5):" then one line per entry in order:
 * a section (or any top-level entry with items inside) as a heading with its start, its items
 * indented below; "09:10  Piura · Gobierno Regional de Piura (Nombre)". Times come from the
 * start the version froze (`fallbackStart` when it had none). Titles are single-lined.
 */
export function publishedAgendaText(
  version: number,
  snapshot: AgendaSnapshot,
  fallbackStart: string | Date | null = null,
): string {
  const start = snapshot.meetingStartsAt ?? fallbackStart;
  const times = agendaTimes({ startsAt: start, endsAt: null }, snapshot.items);
  const byId = new Map(snapshot.items.map((i) => [i.id, i]));
  const parents = new Set(snapshot.items.map((i) => i.parentId).filter((p): p is string => p !== null));
  const at = (t: (typeof times.items)[number]) =>
    t.plannedStart ? formatTimeOfDay(t.plannedStart, snapshot.timeZone, 'es') : `+${t.offsetMinutes} min`;
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const zone = start ? `, ${zoneLabel(new Date(start), snapshot.timeZone, 'es')}` : '';
  const lines = [`Agenda publicada (versión ${version})${zone}:`];
  for (const t of times.items) {
    const item = byId.get(t.id) as AgendaSnapshotItem;
    const title = oneLine(item.title);
    if (t.depth === 1 && (item.kind === 'section' || parents.has(item.id))) {
      lines.push('', `${title.toUpperCase()} (${at(t)})${presenterOf(item)}`);
    } else {
      lines.push(`${t.depth === 2 ? '  ' : ''}${at(t)}  ${title}${presenterOf(item)}`);
    }
  }
  return lines.join('\n');
}
