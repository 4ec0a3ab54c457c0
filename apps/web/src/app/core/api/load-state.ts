import { ChangeDetectionStrategy, Component, computed, input, Signal } from '@angular/core';
import { errorText } from '../errors/error-signal';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';

/** What LoadState reads of a `Loader` (any T). */
export interface LoadingState {
  readonly value: Signal<unknown>;
  readonly error: Signal<unknown>;
  readonly loading: Signal<boolean>;
}

/**
 * The two lines every read shows around its content: why it failed (`role="alert"`, in the
 * reader's words) and, while there is nothing to show yet, that it is loading
 * (`role="status"`). Put it where the content goes; the content itself is the page's
 * `@if (loader.value(); as v)`.
 */
@Component({
  selector: 'app-load-state',
  template: `
    @if (errorText()) {
      <p class="alert alert--error" role="alert">{{ errorText() }}</p>
    }
    @if (waiting()) {
      <p class="muted" role="status">{{ c().loading }}</p>
    }
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadState {
  /** The read whose content this stands beside. */
  readonly loader = input.required<LoadingState>();
  /** Other reads the screen needs: their failures show here too. */
  readonly also = input<readonly LoadingState[]>([]);
  protected readonly c = injectMessages(COMMON);

  protected readonly errorText = errorText(() => [this.loader(), ...this.also()].map((l) => l.error()).find((e) => e));
  protected readonly waiting = computed(() => {
    const loader = this.loader();
    return loader.loading() && loader.value() === undefined;
  });
}
