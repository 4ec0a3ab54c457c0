import { Injectable } from '@nestjs/common';
import type { HomeDto } from '@cumbre/contracts';
import type { AuthUser } from '../common/auth-user';
import { ActionItemsService } from '../agenda/action-items.service';
import { MeetingHomeService } from '../meetings/meeting-home.service';
import { NotificationsService } from '../notifications/notifications.service';

/** How many notifications the home page shows (the bell's page has the rest). */
export const HOME_NOTIFICATIONS = 5;

/**
 * The home page: composes what the meetings, agenda (action plans) and notifications modules
 * read for the user (each module runs the SQL on its own tables), in a fixed number of queries.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly meetings: MeetingHomeService,
    private readonly actionItems: ActionItemsService,
    private readonly notifications: NotificationsService,
  ) {}

  async forUser(user: AuthUser): Promise<HomeDto> {
    const work = await this.meetings.forUser(user);
    const actionPlan = await this.actionItems.owedBy(user);
    const latest = await this.notifications.list(user, { limit: HOME_NOTIFICATIONS, offset: 0 });
    return { ...work, actionPlan, notifications: { items: latest.items, unread: latest.unread } };
  }
}
