import { inject } from '@angular/core';
import type { ActionItemDto } from '@cumbre/contracts';
import { SessionStore } from '../../../core/session/session.store';
import { canUpdateActionItem } from './minutes.logic';

/**
 * Whether the signed-in user may update an action item (its status, a comment), for a screen
 * that lists action items; `convenerId` names the meeting's convener where the screen knows it.
 * Call in an injection context (a field initializer).
 */
export function injectActionItemAccess(convenerId: () => string | null = () => null): (item: ActionItemDto) => boolean {
  const session = inject(SessionStore);
  return (item) =>
    canUpdateActionItem(session.me(), session.memberships(), session.isAdmin(), item.ownerAgency.id, convenerId());
}
