import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { FillPipe, injectMessages } from '../../core/i18n/translate';
import { focusHeadingOnNavigation } from '../../core/layout/focus-on-navigation';
import { LangSwitch } from '../../core/layout/lang-switch';
import { SessionStore } from '../../core/session/session.store';
import { ModerationNavLink } from '../moderation';
import { NotificationBell } from '../notifications';
import { STAFF_MESSAGES } from './staff.messages';

interface NavLink {
  path: string;
  label: keyof (typeof STAFF_MESSAGES)['es'];
}

@Component({
  selector: 'app-staff-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatMenuModule,
    MatButtonModule,
    LangSwitch,
    FillPipe,
    NotificationBell,
    ModerationNavLink,
  ],
  templateUrl: './staff-shell.html',
  styleUrl: './staff-shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffShell {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(STAFF_MESSAGES);
  /** Communications officers (moderators) and agency leaders write announcements. */
  protected readonly writesAnnouncements = computed(
    () => this.session.isModerator() || this.session.memberships().some((m) => m.role === 'leader'),
  );
  protected readonly moderates = this.session.isModerator;
  /**
   * The main menu, in order, as this user may use it ('moderation': the link with its count).
   * None while the session may only enrol a second factor: every page would be refused.
   */
  protected readonly links = computed((): (NavLink | 'moderation')[] =>
    this.session.enrolmentOnly() ? [] : this.menu(),
  );

  private menu(): (NavLink | 'moderation')[] {
    return [
      { path: '/app', label: 'home' },
      { path: '/app/reuniones', label: 'meetings' },
      { path: '/app/biblioteca', label: 'library' },
      { path: '/app/plan-de-accion', label: 'actionPlan' },
      { path: '/app/agencias', label: 'directory' },
      ...(this.writesAnnouncements() ? [{ path: '/app/anuncios', label: 'announcements' } as const] : []),
      ...(this.moderates() ? (['moderation'] as const) : []),
      ...(this.session.isAdmin() ? [{ path: '/app/admin', label: 'admin' } as const] : []),
    ];
  }

  constructor() {
    focusHeadingOnNavigation();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/ingresar');
  }
}
