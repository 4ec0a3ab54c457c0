import { linkedSignal, signal, type WritableSignal } from '@angular/core';
import type { KeysetPage } from '@cumbre/contracts';
import { errorText } from '../../../core/errors/error-signal';

/**
 * A list that the resolver read up to a keyset cursor and that grows in place when the reader
 * asks for more ("Más", `<app-more-link>`): the first page follows the resolver's data, `more`
 * appends the next one. A failed page leaves the list and its cursor as they were (the reader
 * may try again) and is worded in `error`. Create it in a field initializer.
 */
export class KeysetList<T> {
  readonly items: WritableSignal<T[]>;
  readonly next: WritableSignal<string | null>;
  readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);
  readonly error = errorText(() => this.failure());

  constructor(
    first: () => KeysetPage<T> | null | undefined,
    private readonly fetch: (after: string) => Promise<KeysetPage<T>>,
  ) {
    this.items = linkedSignal(() => first()?.items ?? []);
    this.next = linkedSignal(() => first()?.nextCursor ?? null);
  }

  async more(cursor: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const page = await this.fetch(cursor);
      this.items.update((items) => [...items, ...page.items]);
      this.next.set(page.nextCursor);
    } catch (error: unknown) {
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
