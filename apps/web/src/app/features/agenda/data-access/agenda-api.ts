import { inject, Injectable } from '@angular/core';
import type {
  AcceptAgendaItemRequest,
  ActionItemDetailDto,
  ActionPlanItemDto,
  ActionItemListQuery,
  ActionPlanSummaryDto,
  ActionPlanSummaryQuery,
  AgendaDiffDto,
  AgendaDto,
  AgendaVersionDto,
  AgendaVersionSummaryDto,
  CreateActionItemRequest,
  CreateAgendaItemRequest,
  CreateDecisionRequest,
  MoveAgendaItemRequest,
  Page,
  RejectAgendaItemRequest,
  SaveMinutesRequest,
  SetSecretaryRequest,
  UpdateActionItemRequest,
  UpdateAgendaItemRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp, toParams } from '../../../core/api/http';

const agendaUrl = (meetingId: string) => `${apiPath('meetings', meetingId)}/agenda`;
const itemUrl = (meetingId: string, itemId: string) => `${agendaUrl(meetingId)}/items/${encodeURIComponent(itemId)}`;

/** The agenda, minutes and action-plan endpoints; every write answers the whole agenda again. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(ApiHttp);

  get(meetingId: string): Promise<AgendaDto> {
    return this.http.get(agendaUrl(meetingId));
  }

  create(meetingId: string, body: CreateAgendaItemRequest): Promise<AgendaDto> {
    return this.http.post(`${agendaUrl(meetingId)}/items`, body);
  }

  update(meetingId: string, itemId: string, body: UpdateAgendaItemRequest): Promise<AgendaDto> {
    return this.http.patch(itemUrl(meetingId, itemId), body);
  }

  remove(meetingId: string, itemId: string, version: number): Promise<AgendaDto> {
    return this.http.delete(itemUrl(meetingId, itemId), {
      query: { version },
    });
  }

  /** One request however many siblings shift. */
  move(meetingId: string, itemId: string, body: MoveAgendaItemRequest): Promise<AgendaDto> {
    return this.http.post(`${itemUrl(meetingId, itemId)}/move`, body);
  }

  accept(meetingId: string, itemId: string, body: AcceptAgendaItemRequest): Promise<AgendaDto> {
    return this.http.post(`${itemUrl(meetingId, itemId)}/accept`, body);
  }

  reject(meetingId: string, itemId: string, body: RejectAgendaItemRequest): Promise<AgendaDto> {
    return this.http.post(`${itemUrl(meetingId, itemId)}/reject`, body);
  }

  publish(meetingId: string, version: number): Promise<AgendaDto> {
    return this.http.post(`${agendaUrl(meetingId)}/publish`, { version });
  }

  versions(meetingId: string): Promise<AgendaVersionSummaryDto[]> {
    return this.http.get(`${agendaUrl(meetingId)}/versions`);
  }

  version(meetingId: string, n: number): Promise<AgendaVersionDto> {
    return this.http.get(`${agendaUrl(meetingId)}/versions/${n}`);
  }

  /** `to` null: against the live draft. */
  diff(meetingId: string, from: number, to: number | null): Promise<AgendaDiffDto> {
    return this.http.get(`${agendaUrl(meetingId)}/diff`, {
      query: { from, to },
    });
  }

  /** The PDF of a published version (the latest without `n`), downloaded by the browser. */
  pdfUrl(meetingId: string, n?: number): string {
    return `${agendaUrl(meetingId)}/published.pdf${n === undefined ? '' : `?version=${n}`}`;
  }

  /** The live stream of changes (Server-Sent Events). */
  eventsUrl(meetingId: string): string {
    return `${agendaUrl(meetingId)}/events`;
  }

  saveNotes(meetingId: string, itemId: string, body: SaveMinutesRequest): Promise<AgendaDto> {
    return this.http.put(`${itemUrl(meetingId, itemId)}/minutes`, body);
  }

  addDecision(meetingId: string, itemId: string, body: CreateDecisionRequest): Promise<AgendaDto> {
    return this.http.post(`${itemUrl(meetingId, itemId)}/decisions`, body);
  }

  addActionItem(meetingId: string, itemId: string, body: CreateActionItemRequest): Promise<AgendaDto> {
    return this.http.post(`${itemUrl(meetingId, itemId)}/action-items`, body);
  }

  publishMinutes(meetingId: string): Promise<AgendaDto> {
    return this.http.post(`${agendaUrl(meetingId)}/minutes/publish`, {});
  }

  actionItems(query: ActionItemListQuery = {}): Promise<Page<ActionPlanItemDto>> {
    return this.http.get('/api/action-items', { query });
  }

  /** Per owner agency: open, in progress, done, blocked, overdue (the list's filters). */
  actionPlanSummary(query: ActionPlanSummaryQuery = {}): Promise<ActionPlanSummaryDto> {
    return this.http.get('/api/action-items/summary', { query });
  }

  /** The same filters as a CSV download link. */
  actionItemsCsvUrl(query: ActionItemListQuery = {}): string {
    const params = toParams(query).toString();
    return `/api/action-items.csv${params ? `?${params}` : ''}`;
  }

  /** One action item with its history of status changes and comments. */
  actionItem(id: string): Promise<ActionItemDetailDto> {
    return this.http.get(apiPath('action-items', id));
  }

  /** Names (or, with null, removes) the person who records the minutes. */
  setSecretary(meetingId: string, body: SetSecretaryRequest): Promise<AgendaDto> {
    return this.http.put(`${agendaUrl(meetingId)}/secretary`, body);
  }

  updateActionItem(id: string, body: UpdateActionItemRequest): Promise<ActionItemDetailDto> {
    return this.http.patch(apiPath('action-items', id), body);
  }
}
