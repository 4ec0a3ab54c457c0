import { signal, Signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { Action } from '../../../core/api/action';
import { revealErrors } from '../../../core/forms/field-error';
import { COMMON } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';

export interface EditorSave<B, R> {
  create: (body: B) => Promise<R>;
  update: (id: string, body: B & { version: number }) => Promise<R>;
  /** Said after a create. */
  created: string;
  /** Said after an update ("Cambios guardados" unless given). */
  saved?: string;
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
  private readonly c = injectMessages(COMMON);

  /** `reload` reads the list again after a save. */
  constructor(
    private readonly panel: Signal<{ focus(): void } | undefined>,
    private readonly reload: () => void,
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

  /**
   * Once the form's own checks pass, creates or updates (with the row's version) the body made
   * of what the form holds, then closes the form and reloads the list.
   */
  async save<B extends object, R>(form: AbstractControl, body: () => B, how: EditorSave<B, R>): Promise<void> {
    const target = this.editing();
    if (!target || !revealErrors(form)) return;
    const saved = await this.write.run(
      async () => {
        if (target === 'new') await how.create(body());
        else await how.update(target.id, { ...body(), version: target.version });
        return true;
      },
      { done: target === 'new' ? how.created : (how.saved ?? this.c().saved) },
    );
    if (!saved) return;
    this.editing.set(null);
    this.reload();
  }
}
