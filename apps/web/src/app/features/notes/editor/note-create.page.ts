import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { EDITOR_MESSAGES } from './editor.messages';
import { NoteForm } from './note-form';

@Component({
  selector: 'app-note-create-page',
  imports: [RouterLink, NoteForm],
  template: `
    <p class="small">
      <a routerLink="/app/biblioteca">‹ {{ t().back }}</a>
    </p>
    <h1>{{ t().createTitle }}</h1>
    <p class="lead">{{ t().createLead }}</p>
    <section class="panel">
      <app-note-form />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteCreatePage {
  protected readonly t = injectMessages(EDITOR_MESSAGES);

  constructor() {
    pageTitle(() => this.t().createTitle);
  }
}
