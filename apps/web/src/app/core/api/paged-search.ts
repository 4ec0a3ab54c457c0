import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, Validators } from '@angular/forms';
import type { Page } from '@cumbre/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { Loader } from './loader';

/** What a paged search asks its endpoint for. */
export interface PageQuery {
  /** The typed text, trimmed; absent when empty or too long. */
  text?: string;
  limit: number;
  offset: number;
}

export interface PagedSearchOptions {
  pageSize: number;
  /** How long typing must pause before the search runs (ms). */
  debounce?: number;
  /** The longest text sent (the box refuses more). */
  maxLength?: number;
}

/**
 * A list read page by page and narrowed by one text box: the box (`text`, a FormControl), the
 * offset, and the read itself (a Loader of `Page<T>`). Typing, once it pauses, goes back to the
 * first page; `goTo` moves between pages (give it to `<app-pager (offsetChange)>`). Create it
 * in a field initializer and call `reload()` once the page is ready (its constructor).
 */
export class PagedSearch<T> extends Loader<Page<T>> {
  readonly text: FormControl<string>;
  readonly offset = signal(0);
  readonly pageSize: number;

  constructor(
    private readonly fetch: (query: PageQuery) => Promise<Page<T>>,
    options: PagedSearchOptions,
  ) {
    super();
    this.pageSize = options.pageSize;
    this.text = new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(options.maxLength ?? 100),
    });
    this.text.valueChanges
      .pipe(debounceTime(options.debounce ?? 250), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.goTo(0));
  }

  goTo(offset: number): void {
    this.offset.set(offset);
    this.reload();
  }

  /** Reads the current page (first, and again after a change to the list). */
  reload(): void {
    const text = this.text.valid ? this.text.value.trim() : '';
    void this.run(() =>
      this.fetch({
        text: text || undefined,
        limit: this.pageSize,
        offset: this.offset(),
      }),
    );
  }
}
