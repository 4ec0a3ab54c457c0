import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { injectMessages } from '../../core/i18n/translate';
import { ADMIN_MESSAGES } from './admin.messages';

@Component({
  selector: 'app-admin-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <p class="eyebrow">{{ t().area }}</p>
    <nav class="tabs" [attr.aria-label]="t().area">
      @for (tab of tabs; track tab.path) {
        <a [routerLink]="tab.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ t()[tab.label] }}</a>
      }
    </nav>
    <router-outlet />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly tabs = [
    { path: 'agencias', label: 'agencies' },
    { path: 'grupos', label: 'groups' },
    { path: 'usuarios', label: 'users' },
    { path: 'auditoria', label: 'audit' },
  ] as const;
}
