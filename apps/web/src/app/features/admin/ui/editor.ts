import { signal, Signal } from '@angular/core';
import { Action } from '../../../core/api/action';

export interface EditorSave<B, R> {
  create: (body: B) => Promise<R>;
  update: (id: string, body: B & { version: number }) => Promise<R>;
  /** Said after a create, and after an update. */
  created: string;
  saved: string;
  /** Runs after a success (the list reloads). */
  then?: () => void;
}

/**
 * The open–edit–save cycle of the admin lists (agencies, sharing groups): which row is being
 * edited ('new' for one not yet saved), the write, and focus on the form's panel heading when it
 * opens (`<app-editor-panel>`, given as a viewChild). Create it in a field initializer (the
 * Action injects).
 */
export class Editor<T extends { id: string; version: number }> {
  /** null: no form open; 'new': creating; a row: editing it. */
  readonly editing = signal<T | 'new' | null>(null);
  readonly write = new Action();

  constructor(
    private readonly panel: Signal<{ focus(): void } | undefined>,
  ) {}

  open(target: T | 'new'): void {
    this.write.reset();
    this.editing.set(target);
    setTimeout(() => this.panel()?.focus());
  }

  cancel(): void {
    this.editing.set(null);
    this.write.reset();
  }

  /** Creates or updates (with the row's version) what the form holds, then closes the form. */
  async save<B extends object, R>(
    body: B,
    how: EditorSave<B, R>,
  ): Promise<void> {
    const target = this.editing();
    if (!target) return;
    const saved = await this.write.run(
      async () => {
        if (target === 'new') await how.create(body);
        else await how.update(target.id, { ...body, version: target.version });
        return true;
      },
      { done: target === 'new' ? how.created : how.saved },
    );
    if (!saved) return;
    this.editing.set(null);
    how.then?.();
  }
}
