import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';

/**
 * "Más": a real link to the next keyset page (works without JavaScript, and a crawler follows
 * it); with JavaScript the list grows in place instead and the reader keeps their place.
 */
@Component({
  selector: 'app-more-link',
  template: `
    <p class="more">
      <a
        class="button"
        [attr.href]="href()"
        [attr.aria-disabled]="busy() || null"
        (click)="$event.preventDefault(); busy() || more.emit()"
        >{{ busy() ? busyLabel() : label() }}</a
      >
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoreLink {
  /** The page's path: `<base href="/">` would resolve a bare `?…` against the root. */
  readonly path = input.required<string>();
  readonly cursor = input.required<string>();
  readonly param = input.required<string>();
  readonly label = input.required<string>();
  readonly busyLabel = input.required<string>();
  readonly busy = input(false);
  /** Other query parameters the page keeps (`cuando=pasadas`). */
  readonly keep = input<Record<string, string>>({});
  readonly more = output<void>();

  protected readonly href = computed(() => {
    const query = new URLSearchParams(this.keep());
    query.set(this.param(), this.cursor());
    return `${this.path()}?${query.toString()}`;
  });
}
