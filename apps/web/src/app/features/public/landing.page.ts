import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { injectMessages } from '../../core/i18n/translate';
import { PUBLIC_MESSAGES } from './public.messages';

@Component({
  selector: 'app-landing-page',
  imports: [RouterLink],
  template: `
    <section class="hero">
      <h1>{{ t().heroTitle }}</h1>
      <p class="lead">{{ t().heroLead }}</p>
      <a class="button button--primary" routerLink="/ingresar">{{
        t().heroCta
      }}</a>
    </section>

    <section class="callout" aria-labelledby="summit-title">
      <h2 id="summit-title">{{ t().summitTitle }}</h2>
      <p>{{ t().summitBody }}</p>
    </section>

    <section aria-labelledby="features-title">
      <h2 id="features-title">{{ t().featuresTitle }}</h2>
      <ul class="card-grid">
        <li class="card">
          <h3>{{ t().f1Title }}</h3>
          <p>{{ t().f1Body }}</p>
        </li>
        <li class="card">
          <h3>{{ t().f2Title }}</h3>
          <p>{{ t().f2Body }}</p>
        </li>
        <li class="card">
          <h3>{{ t().f3Title }}</h3>
          <p>{{ t().f3Body }}</p>
        </li>
        <li class="card">
          <h3>{{ t().f4Title }}</h3>
          <p>{{ t().f4Body }}</p>
        </li>
      </ul>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  protected readonly t = injectMessages(PUBLIC_MESSAGES);
}
