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
      <a
        routerLink="agencias"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >{{ t().agencies }}</a
      >
      <a
        routerLink="grupos"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >{{ t().groups }}</a
      >
      <a
        routerLink="usuarios"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >{{ t().users }}</a
      >
      <a
        routerLink="auditoria"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >{{ t().audit }}</a
      >
    </nav>
    <router-outlet />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {
  protected readonly t = injectMessages(ADMIN_MESSAGES);
}
