import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChild, Directive, inject, input, TemplateRef } from '@angular/core';
import { Pager } from '../layout/pager';
import { LoadState } from './load-state';
import type { PagedSearch } from './paged-search';

/** What the rows template of `<app-paged-results>` is given: the current page's items. */
export interface PageRowsContext<T> {
  $implicit: readonly T[];
}

/**
 * Marks the template that shows one page of a `PagedSearch` (a table, a list), typed by the
 * search it names: `<ng-template [appPageRows]="users" let-items>`.
 */
@Directive({ selector: 'ng-template[appPageRows]' })
export class PageRows<T> {
  readonly appPageRows = input.required<PagedSearch<T>>();
  readonly template = inject<TemplateRef<PageRowsContext<T>>>(TemplateRef);

  /** Types `let-items` in the template (Angular's type checker reads only the signature). */
  /* eslint-disable @typescript-eslint/no-unused-vars */
  static ngTemplateContextGuard<T>(rows: PageRows<T>, context: unknown): context is PageRowsContext<T> {
    return true;
  }
  /* eslint-enable @typescript-eslint/no-unused-vars */
}

/**
 * What a `PagedSearch` shows where its results go: the read's failure and "Cargando…"
 * (`<app-load-state>`), then the page's rows (the projected `appPageRows` template) and the
 * pager, or the `empty` sentence when nothing matches.
 *
 * ```html
 * <app-paged-results [label]="t().usersTitle" [empty]="t().noUsers">
 *   <ng-template [appPageRows]="users" let-items>
 *     <table>… @for (u of items; track u.id) { … } …</table>
 *   </ng-template>
 * </app-paged-results>
 * ```
 */
@Component({
  selector: 'app-paged-results',
  imports: [LoadState, Pager, NgTemplateOutlet],
  template: `
    @let search = rows().appPageRows();
    <app-load-state [loader]="search" />
    @if (search.value(); as page) {
      @if (page.items.length) {
        <ng-container [ngTemplateOutlet]="rows().template" [ngTemplateOutletContext]="{ $implicit: page.items }" />
        <app-pager
          [total]="page.total"
          [limit]="search.pageSize"
          [offset]="search.offset()"
          [label]="label()"
          (offsetChange)="search.goTo($event)"
        />
      } @else {
        <p class="empty">{{ empty() }}</p>
      }
    }
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedResults {
  /** The pager's name for screen readers (the list's title). */
  readonly label = input.required<string>();
  /** Said when the search matches nothing. */
  readonly empty = input.required<string>();
  protected readonly rows = contentChild.required(PageRows);
}
