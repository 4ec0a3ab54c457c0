import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { COMMON } from '../i18n/common.messages';
import { fill, injectMessages } from '../i18n/translate';

/** "21–40 de 57" with previous/next buttons, for any `Page<T>` answer. */
@Component({
  selector: 'app-pager',
  template: `
    @if (total() > 0) {
      <nav class="pager" [attr.aria-label]="label()">
        <button type="button" class="button" [disabled]="offset() === 0" (click)="go(offset() - limit())">
          ‹ {{ c().previous }}
        </button>
        <span role="status">{{ range() }}</span>
        <button
          type="button"
          class="button"
          [disabled]="offset() + limit() >= total()"
          (click)="go(offset() + limit())"
        >
          {{ c().next }} ›
        </button>
      </nav>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  readonly total = input.required<number>();
  readonly limit = input.required<number>();
  readonly offset = input.required<number>();
  readonly label = input('');
  readonly offsetChange = output<number>();

  protected readonly c = injectMessages(COMMON);
  protected readonly range = computed(() =>
    fill(this.c().pageOf, {
      from: this.offset() + 1,
      to: Math.min(this.offset() + this.limit(), this.total()),
      total: this.total(),
    }),
  );

  protected go(offset: number): void {
    this.offsetChange.emit(Math.max(0, offset));
  }
}
