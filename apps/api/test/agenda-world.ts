// Test support for the agenda specs (not part of the application): items made through the API
// and a reader of the agenda as a persona sees it.
import type { ActionItemDto, AgendaDto, AgendaItemDto } from '@cumbre/contracts';
import { call, type MeetingWorld, type Persona } from './meeting-world';

export const agendaUrl = (meetingId: string) => `/api/meetings/${meetingId}/agenda`;

export async function readAgenda(w: MeetingWorld, meetingId: string, who: Persona = 'convener'): Promise<AgendaDto> {
  const res = await call(w, who, 'GET', agendaUrl(meetingId));
  if (res.statusCode !== 200) throw new Error(`read agenda failed: ${res.statusCode} ${res.body}`);
  return res.json() as AgendaDto;
}

export interface NewItem {
  title: string;
  kind?: string;
  plannedMinutes?: number;
  parentId?: string | null;
  position?: number;
  [extra: string]: unknown;
}

/** Adds an item as `who` (the convener by default) and answers it as the agenda now holds it. */
export async function addItem(
  w: MeetingWorld,
  meetingId: string,
  item: NewItem,
  who: Persona = 'convener',
): Promise<AgendaItemDto> {
  const res = await call(w, who, 'POST', `${agendaUrl(meetingId)}/items`, {
    kind: 'discussion',
    plannedMinutes: 15,
    ...item,
  });
  if (res.statusCode !== 201) throw new Error(`add item failed: ${res.statusCode} ${res.body}`);
  const agenda = res.json() as AgendaDto;
  const found = [...agenda.items, ...agenda.proposals].find((i) => i.title === item.title);
  if (!found) throw new Error(`item ${item.title} not in the answer`);
  return found;
}

export interface NewActionItem {
  what: string;
  ownerAgencyId: string;
  dueDate: string;
}

/** Records an action item on an agenda item, and answers it as the agenda shows it. */
export async function addActionItem(
  w: MeetingWorld,
  meetingId: string,
  itemId: string,
  action: NewActionItem,
  who: Persona = 'convener',
): Promise<ActionItemDto> {
  const res = await call(w, who, 'POST', `${agendaUrl(meetingId)}/items/${itemId}/action-items`, action);
  if (res.statusCode !== 201) throw new Error(`add action item failed: ${res.statusCode} ${res.body}`);
  const found = (res.json() as AgendaDto).items
    .find((i) => i.id === itemId)
    ?.actionItems.find((a) => a.what === action.what);
  if (!found) throw new Error(`action item ${action.what} not in the answer`);
  return found;
}

/** Publishes the agenda as it stands now, as the convener; answers the published agenda. */
export async function publishAgenda(w: MeetingWorld, meetingId: string): Promise<AgendaDto> {
  const agenda = await readAgenda(w, meetingId);
  const res = await call(w, 'convener', 'POST', `${agendaUrl(meetingId)}/publish`, { version: agenda.version });
  if (res.statusCode !== 200) throw new Error(`publish agenda failed: ${res.statusCode} ${res.body}`);
  return res.json() as AgendaDto;
}

/** Moves an action item to `status` as `who` (the owner agency's staff by default), from the version it shows. */
export async function moveActionItem(
  w: MeetingWorld,
  action: Pick<ActionItemDto, 'id' | 'version'>,
  status: string,
  who: Persona = 'invitedStaff',
): Promise<void> {
  const res = await call(w, who, 'PATCH', `/api/action-items/${action.id}`, { version: action.version, status });
  if (res.statusCode !== 200) throw new Error(`move action item failed: ${res.statusCode} ${res.body}`);
}

/** Titles in agenda order, children indented. */
export const outline = (agenda: AgendaDto) => agenda.items.map((i) => (i.depth === 2 ? `  ${i.title}` : i.title));
