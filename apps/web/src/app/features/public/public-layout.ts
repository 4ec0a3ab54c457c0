import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { injectMessages } from '../../core/i18n/translate';
import { LangSwitch } from '../../core/layout/lang-switch';
import { PUBLIC_MESSAGES } from './public.messages';

@Component({
  selector: 'app-public-layout',
  imports: [RouterOutlet, RouterLink, LangSwitch],
  template: `
    <a class="skip-link" href="#main">{{ t().skip }}</a>
    <header class="app-header">
      <div class="app-header__row">
        <a class="brand" routerLink="/">Cumbre</a>
        <span class="spacer"></span>
        <app-lang-switch />
        <a class="header-link" routerLink="/ingresar">{{ t().signIn }}</a>
      </div>
    </header>
    <main id="main" tabindex="-1" class="page">
      <router-outlet />
    </main>
    <footer class="app-footer">{{ t().footer }}</footer>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicLayout {
  protected readonly t = injectMessages(PUBLIC_MESSAGES);
}
