import { computed, signal } from '@angular/core';

/**
 * A set of checked things (agencies of a group, a user's platform roles) as a signal, so that
 * checkboxes and counts follow it: `[checked]="s.has(x)" (change)="s.toggle(x, $event.checked)"`.
 */
export class Selection<T> {
  private readonly items = signal<ReadonlySet<T>>(new Set());
  readonly size = computed(() => this.items().size);

  has(item: T): boolean {
    return this.items().has(item);
  }

  toggle(item: T, checked: boolean): void {
    const next = new Set(this.items());
    if (checked) next.add(item);
    else next.delete(item);
    this.items.set(next);
  }

  /** Replaces the whole selection (a form opened or reset). */
  set(items: Iterable<T> = []): void {
    this.items.set(new Set(items));
  }

  values(): T[] {
    return [...this.items()];
  }
}
