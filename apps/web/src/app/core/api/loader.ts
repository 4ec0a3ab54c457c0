import { signal } from '@angular/core';

/**
 * The state of one piece of remote data as signals. A newer `run` wins: the answer of an older
 * request that arrives late (a slow search while the user kept typing) is dropped.
 */
export class Loader<T> {
  readonly value = signal<T | undefined>(undefined);
  readonly error = signal<unknown>(null);
  readonly loading = signal(false);
  private generation = 0;

  async run(fetch: () => Promise<T>): Promise<void> {
    const current = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const value = await fetch();
      if (current === this.generation) this.value.set(value);
    } catch (error: unknown) {
      if (current === this.generation) this.error.set(error);
    } finally {
      if (current === this.generation) this.loading.set(false);
    }
  }
}
