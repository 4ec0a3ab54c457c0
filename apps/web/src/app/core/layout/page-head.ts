import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A page's heading and lead, with its actions (projected) on the right. */
@Component({
  selector: 'app-page-head',
  host: { class: 'page-head' },
  template: `
    <div>
      <h1>{{ title() }}</h1>
      <p class="lead">{{ lead() }}</p>
    </div>
    <ng-content />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHead {
  readonly title = input.required<string>();
  readonly lead = input.required<string>();
}
