import { isPlatformBrowser } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, PLATFORM_ID, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import type { NotificationDto } from '@cumbre/contracts';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { defineMessages, fill, injectMessages } from '../../core/i18n/translate';
import { NotificationsApi } from './data-access/notifications-api';
import { wordedNotifications } from './notification-text';

const MESSAGES = defineMessages({
  es: {
    title: 'Notificaciones',
    label: 'Notificaciones',
    labelUnread: 'Notificaciones: {n} sin leer',
    labelUnreadOne: 'Notificaciones: 1 sin leer',
    markAll: 'Marcar todas como leídas',
    empty: 'No tienes notificaciones.',
    unread: 'Sin leer',
    error: 'No se pudieron cargar las notificaciones.',
    seeAll: 'Ver todas',
    seeAllUnread: 'Ver todas ({n} sin leer)',
  },
  en: {
    title: 'Notifications',
    label: 'Notifications',
    labelUnread: 'Notifications: {n} unread',
    labelUnreadOne: 'Notifications: 1 unread',
    markAll: 'Mark all as read',
    empty: 'You have no notifications.',
    unread: 'Unread',
    error: 'The notifications could not be loaded.',
    seeAll: 'See all',
    seeAllUnread: 'See all ({n} unread)',
  },
});

/** How often the unread count is refreshed while the app is open. */
export const NOTIFICATION_POLL_MS = 60_000;
const SHOWN = 8;

/** The header bell: unread count, the latest notifications, mark as read, go to the meeting. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatMenuModule, MatButtonModule, AppDatePipe, RouterLink],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(MESSAGES);
  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly shown = wordedNotifications(this.items);
  protected readonly unread = signal(0);
  protected readonly failed = signal(false);
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));
  /** Names the real number, which the badge caps at 99+. */
  protected readonly seeAll = computed(() =>
    this.unread() > 0 ? fill(this.t().seeAllUnread, { n: this.unread() }) : this.t().seeAll,
  );
  protected readonly label = computed(() => {
    const n = this.unread();
    return n === 0 ? this.t().label : n === 1 ? this.t().labelUnreadOne : fill(this.t().labelUnread, { n });
  });

  constructor() {
    if (!isPlatformBrowser(inject(PLATFORM_ID))) return;
    void this.load();
    const timer = setInterval(() => void this.load(), NOTIFICATION_POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  async load(): Promise<void> {
    try {
      const list = await this.api.list({ limit: SHOWN });
      this.items.set(list.items);
      this.unread.set(list.unread);
      this.failed.set(false);
    } catch {
      // The bell is secondary: a failed refresh keeps the last list and says so inside the menu.
      this.failed.set(true);
    }
  }

  protected async open(n: NotificationDto): Promise<void> {
    if (!n.readAt) {
      try {
        const read = await this.api.markRead(n.id);
        this.items.update((items) => items.map((i) => (i.id === n.id ? read : i)));
        this.unread.update((u) => Math.max(0, u - 1));
      } catch {
        // Following the link matters more than the read mark; the next refresh corrects the count.
      }
    }
    if (n.meetingId) await this.router.navigate(['/app/reuniones', n.meetingId]);
  }

  protected async markAll(): Promise<void> {
    try {
      const result = await this.api.markAllRead();
      this.unread.set(result.unread);
      const now = new Date().toISOString();
      this.items.update((items) => items.map((i) => (i.readAt ? i : { ...i, readAt: now })));
    } catch {
      this.failed.set(true);
    }
  }
}
