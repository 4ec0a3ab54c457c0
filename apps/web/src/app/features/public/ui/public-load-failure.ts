import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { errorText } from '../../../core/errors/error-signal';
import { isNotFound } from './loaded';

/**
 * What a public page shows when its resolver could not read it: an unknown slug or id is the
 * 404 page (the resolver made the status a 404), any other failure an alert in words.
 */
@Component({
  selector: 'app-public-load-failure',
  imports: [RouterLink],
  template: `
    @if (notFound()) {
      <section class="narrow not-found">
        <p class="big-code" aria-hidden="true">404</p>
        <h1>{{ notFoundTitle() }}</h1>
        <a class="button button--primary" routerLink="/">{{ home() }}</a>
      </section>
    } @else {
      @if (errorTitle()) {
        <h1>{{ errorTitle() }}</h1>
      }
      <p class="alert alert--error" role="alert">{{ text() }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicLoadFailure {
  readonly error = input.required<unknown>();
  readonly notFoundTitle = input.required<string>();
  /** The words of the 404's link to the home page. */
  readonly home = input.required<string>();
  /** A heading above any other failure. */
  readonly errorTitle = input('');

  protected readonly notFound = computed(() => isNotFound(this.error()));
  protected readonly text = errorText(() => this.error());
}
