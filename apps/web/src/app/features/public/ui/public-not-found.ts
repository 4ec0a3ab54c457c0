import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** The body of a public page whose slug or id is unknown (the resolver made the status a 404). */
@Component({
  selector: 'app-public-not-found',
  imports: [RouterLink],
  template: `
    <section class="narrow not-found">
      <p class="big-code" aria-hidden="true">404</p>
      <h1>{{ title() }}</h1>
      <a class="button button--primary" routerLink="/">{{ home() }}</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicNotFound {
  readonly title = input.required<string>();
  /** The words of the link to the home page. */
  readonly home = input.required<string>();
}
