import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDto } from '@cumbre/contracts';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { loadFor } from '../../../core/api/load-for';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { MeetingForm } from './meeting-form';
import { FORM_MESSAGES } from './meeting-form.messages';
import { MeetingsApi } from '../data-access/meetings-api';

@Component({
  selector: 'app-meeting-edit-page',
  imports: [RouterLink, MeetingForm, LoadState],
  template: `
    <p class="small">
      <a [routerLink]="['/app/reuniones', id()]">‹ {{ t().back }}</a>
    </p>
    <h1>{{ t().editTitle }}</h1>
    <p class="lead">{{ t().createLead }}</p>
    <app-load-state [loader]="meeting" />
    @if (meeting.value(); as m) {
      <section class="panel">
        <app-meeting-form [meeting]="m" />
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingEditPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(MeetingsApi);
  protected readonly t = injectMessages(FORM_MESSAGES);
  protected readonly meeting = new Loader<MeetingDto>();

  constructor() {
    pageTitle(() => this.meeting.value()?.title ?? this.t().editTitle);
    loadFor(this.meeting, this.id, (id) => this.api.get(id));
  }
}
