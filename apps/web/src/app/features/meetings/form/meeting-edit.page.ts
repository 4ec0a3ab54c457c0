import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDto } from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';
import { Loader } from '../../../core/api/loader';
import { COMMON } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { MeetingForm } from './meeting-form';
import { FORM_MESSAGES } from './meeting-form.messages';
import { MeetingsApi } from '../data-access/meetings-api';

@Component({
  selector: 'app-meeting-edit-page',
  imports: [RouterLink, MeetingForm],
  template: `
    <p class="small">
      <a [routerLink]="['/app/reuniones', id()]">‹ {{ t().back }}</a>
    </p>
    <h1>{{ t().editTitle }}</h1>
    <p class="lead">{{ t().createLead }}</p>
    @if (loadError()) {
      <p class="alert alert--error" role="alert">{{ loadError() }}</p>
    }
    @if (meeting.value(); as m) {
      <section class="panel">
        <app-meeting-form [meeting]="m" />
      </section>
    } @else if (meeting.loading()) {
      <p class="muted" role="status">{{ c().loading }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingEditPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(MeetingsApi);
  protected readonly t = injectMessages(FORM_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly meeting = new Loader<MeetingDto>();
  protected readonly loadError = errorText(() => this.meeting.error());

  constructor() {
    pageTitle(() => this.meeting.value()?.title ?? this.t().editTitle);
    effect(() => {
      const id = this.id();
      untracked(() => void this.meeting.run(() => this.api.get(id)));
    });
  }
}
