// The action plan: what each agency committed to at a meeting, with an owner and a due date.
import type { AgencySummary } from '../agencies/agencies';
import type { PersonSummary } from '../meetings/meetings';

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'blocked'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_TEXT_MAX_LENGTH = 1000;
export const ACTION_ITEM_COMMENT_MAX_LENGTH = 2000;
/** Due dates are plain calendar days (YYYY-MM-DD) within these years. */
export const ACTION_ITEM_MIN_YEAR = 2000;
export const ACTION_ITEM_MAX_YEAR = 2100;

export interface ActionItemEventDto {
  id: string;
  kind: 'created' | 'status' | 'comment';
  fromStatus: ActionItemStatus | null;
  toStatus: ActionItemStatus | null;
  comment: string | null;
  actor: PersonSummary | null;
  createdAt: string;
}

export interface ActionItemDto {
  id: string;
  meetingId: string;
  meetingTitle: string;
  itemId: string;
  itemTitle: string;
  what: string;
  ownerAgency: AgencySummary;
  owner: PersonSummary | null;
  /** YYYY-MM-DD */
  dueDate: string;
  status: ActionItemStatus;
  /** Not done and due before today (in Lima). */
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An action item as the action plan lists it (and as its own route answers): with what the caller may do. */
export interface ActionPlanItemDto extends ActionItemDto {
  /** The caller may change its status and comment on it: its owner agency's leaders and staff, the meeting's convener, an admin. */
  canUpdate: boolean;
}

export interface ActionItemDetailDto extends ActionPlanItemDto {
  history: ActionItemEventDto[];
}

export interface CreateActionItemRequest {
  what: string;
  ownerAgencyId: string;
  ownerUserId?: string | null;
  dueDate: string;
}

export interface UpdateActionItemRequest {
  version: number;
  status?: ActionItemStatus;
  comment?: string;
}

/** `GET /api/action-items` (and `.csv`). */
export interface ActionItemListQuery {
  ownerAgencyId?: string;
  status?: ActionItemStatus;
  meetingId?: string;
  dueBefore?: string;
  dueAfter?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/** How many action items there are in each status, and how many are overdue. */
export interface ActionPlanCountsDto {
  open: number;
  inProgress: number;
  done: number;
  blocked: number;
  /** Not done and due before today (in Lima); counted in their status too. */
  overdue: number;
  total: number;
}

export interface ActionPlanAgencySummaryDto extends ActionPlanCountsDto {
  ownerAgency: AgencySummary;
}

/** `GET /api/action-items/summary` query: the list's filters, without status and paging. */
export interface ActionPlanSummaryQuery {
  ownerAgencyId?: string;
  meetingId?: string;
  dueBefore?: string;
  dueAfter?: string;
}

/**
 * `GET /api/action-items/summary`: per owner agency, over the action items of every meeting the
 * caller may see (the same items as the list and the CSV with the same filters).
 */
export interface ActionPlanSummaryDto {
  /** The day "overdue" is measured against (YYYY-MM-DD in Lima). */
  today: string;
  /** By agency name. */
  agencies: ActionPlanAgencySummaryDto[];
  totals: ActionPlanCountsDto;
}
