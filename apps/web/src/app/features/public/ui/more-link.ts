import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { KeysetList } from './keyset-list';

/**
 * "Más": a real link to the next keyset page (works without JavaScript, and a crawler follows
 * it); given the page's `list`, with JavaScript the list grows in place instead and the reader
 * keeps their place. Shows nothing when there is no next page.
 */
@Component({
  selector: 'app-more-link',
  template: `
    @if (next(); as cursor) {
      <p class="more">
        <a
          class="button"
          [attr.href]="href(cursor)"
          [attr.aria-disabled]="busy() || null"
          (click)="$event.preventDefault(); busy() || list()?.more(cursor)"
          >{{ busy() ? busyLabel() : label() }}</a
        >
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoreLink {
  /** The page's path: `<base href="/">` would resolve a bare `?…` against the root. */
  readonly path = input.required<string>();
  /** The list that grows in place; without it, the link's cursor is `cursor`. */
  readonly list = input<KeysetList<unknown> | null>(null);
  readonly cursor = input<string | null>(null);
  readonly param = input.required<string>();
  readonly label = input.required<string>();
  readonly busyLabel = input.required<string>();
  /** Other query parameters the page keeps (`cuando=pasadas`). */
  readonly keep = input<Record<string, string>>({});

  protected readonly next = computed(() => {
    const list = this.list();
    return list ? list.next() : this.cursor();
  });
  protected readonly busy = computed(() => this.list()?.busy() ?? false);

  protected href(cursor: string): string {
    const query = new URLSearchParams(this.keep());
    query.set(this.param(), cursor);
    return `${this.path()}?${query.toString()}`;
  }
}
