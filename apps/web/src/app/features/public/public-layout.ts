import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PUBLIC_FEEDS, PUBLIC_PATHS } from '@cumbre/contracts';
import { injectMessages } from '../../core/i18n/translate';
import { LangSwitch } from '../../core/layout/lang-switch';
import { PUBLIC_MESSAGES } from './public.messages';

@Component({
  selector: 'app-public-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LangSwitch],
  template: `
    <a class="skip-link" href="#main">{{ t().skip }}</a>
    <header class="app-header">
      <div class="app-header__row">
        <a class="brand" routerLink="/">Cumbre</a>
        <nav class="public-nav" [attr.aria-label]="t().publicNav">
          <a
            routerLink="/"
            routerLinkActive="active"
            [routerLinkActiveOptions]="{ exact: true }"
            ariaCurrentWhenActive="page"
            >{{ t().newsNav }}</a
          >
          <a [routerLink]="meetingsPath" routerLinkActive="active" ariaCurrentWhenActive="page">{{
            t().meetingsNav
          }}</a>
        </nav>
        <span class="spacer"></span>
        <app-lang-switch />
        <a class="header-link" routerLink="/ingresar">{{ t().signIn }}</a>
      </div>
    </header>
    <main id="main" tabindex="-1" class="page">
      <router-outlet />
    </main>
    <footer class="app-footer">
      <p>{{ t().footer }}</p>
      <p class="small"><a [href]="feeds.rss">RSS</a> · <a [href]="feeds.atom">Atom</a></p>
    </footer>
  `,
  // The public site's shared look, loaded with the public pages only (never by the staff area).
  styleUrl: './public-site.css',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicLayout {
  protected readonly t = injectMessages(PUBLIC_MESSAGES);
  protected readonly meetingsPath = PUBLIC_PATHS.meetings;
  protected readonly feeds = PUBLIC_FEEDS;
}
