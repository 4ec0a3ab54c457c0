import { inject, PipeTransform } from '@angular/core';
import { I18n, type Lang } from './i18n.service';

/**
 * The words for a value of one of several enums, kept in a dictionary under `group.value` keys
 * (`kind.best_practice`, `status.draft`); a value without words shows as it is. `Groups` maps
 * each group to its values, so `'draft' | noteLabel: 'kind'` is a type error. A feature subclasses
 * it as an impure pipe (it follows the language switch) and names its dictionary:
 *
 * ```ts
 * @Pipe({ name: 'noteLabel', pure: false })
 * export class NoteLabelPipe extends GroupLabelPipe<{ kind: NoteKind; status: NoteStatus }> {
 *   protected readonly messages = NOTES_UI_MESSAGES;
 * }
 * ```
 */
export abstract class GroupLabelPipe<Groups extends Record<string, string>> implements PipeTransform {
  private readonly i18n = inject(I18n);
  protected abstract readonly messages: Record<Lang, Record<string, string>>;

  transform<G extends keyof Groups & string>(value: Groups[G], group: G): string {
    return groupLabel(this.messages[this.i18n.lang()], group, value);
  }
}

/** The words for `value` of `group` in one language's dictionary; the value itself when it has none. */
export function groupLabel(words: Record<string, string>, group: string, value: string): string {
  return words[`${group}.${value}`] ?? value;
}
