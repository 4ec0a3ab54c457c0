import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The frame of a one-column page (sign-in, password, two-step verification): the heading, a
 * muted lead when there is one, and the page's content (projected) in a narrow section.
 */
@Component({
  selector: 'app-narrow-page',
  template: `
    <section class="narrow">
      <h1>{{ title() }}</h1>
      @if (lead()) {
        <p class="muted">{{ lead() }}</p>
      }
      <ng-content />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NarrowPage {
  readonly title = input.required<string>();
  readonly lead = input('');
}
