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

export interface ActionItemDetailDto extends ActionItemDto {
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
