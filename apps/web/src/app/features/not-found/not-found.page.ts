import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { defineMessages, injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';

const MESSAGES = defineMessages({
  es: {
    title: 'Página no encontrada',
    body: 'La dirección que abriste no existe o ya no está disponible.',
    home: 'Ir al inicio',
  },
  en: {
    title: 'Page not found',
    body: 'The address you opened does not exist or is no longer available.',
    home: 'Go to the home page',
  },
});

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  template: `
    <section class="narrow not-found">
      <p class="big-code" aria-hidden="true">404</p>
      <h1>{{ t().title }}</h1>
      <p>{{ t().body }}</p>
      <a class="button button--primary" routerLink="/">{{ t().home }}</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {
  protected readonly t = injectMessages(MESSAGES);

  constructor() {
    pageTitle(() => this.t().title);
  }
}
