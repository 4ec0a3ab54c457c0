import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { MeetingForm } from './meeting-form';
import { FORM_MESSAGES } from './meeting-form.messages';

@Component({
  selector: 'app-meeting-create-page',
  imports: [RouterLink, MeetingForm],
  template: `
    <p class="small">
      <a routerLink="/app/reuniones">‹ {{ t().backToList }}</a>
    </p>
    <h1>{{ t().createTitle }}</h1>
    <p class="lead">{{ t().createLead }}</p>
    <section class="panel">
      <app-meeting-form />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingCreatePage {
  protected readonly t = injectMessages(FORM_MESSAGES);

  constructor() {
    pageTitle(() => this.t().createTitle);
  }
}
