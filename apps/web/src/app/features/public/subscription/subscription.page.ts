import { afterNextRender, ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_PATHS, type CommentSubscriptionResultDto } from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { errorText } from '../../../core/errors/error-signal';
import { defineMessages, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { PublicApi } from '../data-access/public-api';

const MESSAGES = defineMessages({
  es: {
    confirmTitle: 'Avisos de respuesta',
    working: 'Un momento…',
    confirmed: 'Listo: te avisaremos por correo cuando alguien responda a tu comentario en «{title}».',
    unsubscribed: 'Listo: ya no recibirás avisos de respuesta de «{title}».',
    back: 'Volver al anuncio',
  },
  en: {
    confirmTitle: 'Reply notifications',
    working: 'One moment…',
    confirmed: 'Done: we will e-mail you when someone replies to your comment on “{title}”.',
    unsubscribed: 'Done: you will no longer get reply notifications for “{title}”.',
    back: 'Back to the announcement',
  },
});

/**
 * `/comentarios/confirmar?token=` and `/comentarios/baja?token=`: the links of the reply
 * notification e-mails. Rendered in the browser (app.routes.server.ts), so that a mail
 * scanner fetching the link does not confirm or unsubscribe anybody by itself.
 */
@Component({
  selector: 'app-subscription-page',
  imports: [RouterLink, FillPipe],
  template: `
    <section class="narrow">
      <h1>{{ t().confirmTitle }}</h1>
      @if (result.value(); as r) {
        <p class="alert alert--success" role="status">
          {{ (r.state === 'confirmed' ? t().confirmed : t().unsubscribed) | fill: { title: r.announcementTitle } }}
        </p>
        <a class="button" [routerLink]="path(r.announcementSlug)">{{ t().back }}</a>
      } @else if (error()) {
        <p class="alert alert--error" role="alert">{{ error() }}</p>
      } @else {
        <p>{{ t().working }}</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubscriptionPage {
  readonly token = input('');
  /** From the route's data: which link this is. */
  readonly action = input<'confirm' | 'unsubscribe'>('confirm');
  protected readonly t = injectMessages(MESSAGES);
  protected readonly result = new Loader<CommentSubscriptionResultDto>();
  protected readonly error = errorText(() => this.result.error());
  protected readonly path = PUBLIC_PATHS.announcement;
  private readonly api = inject(PublicApi);

  constructor() {
    pageTitle(() => this.t().confirmTitle);
    afterNextRender(() => {
      const token = this.token();
      void this.result.run(() =>
        this.action() === 'confirm' ? this.api.confirmSubscription(token) : this.api.unsubscribe(token),
      );
    });
  }
}
