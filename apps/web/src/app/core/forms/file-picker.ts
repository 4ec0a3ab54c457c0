import { booleanAttribute, ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';

/**
 * Choosing files in the reader's language: a button ("Elegir archivo") in place of the browser's
 * own file input, which speaks the browser's language ("Choose Files", "No file chosen") whatever
 * the page's. The native input stays in the page, visually hidden, so that keyboards, screen
 * readers and tests (`setInputFiles` on `testId`) reach it. `(picked)` gives the chosen files and
 * the input is emptied, so the same file can be chosen again; `chosen` is what to say beside the
 * button (a file's name; by default nothing, or "Ningún archivo elegido" with `showNone`).
 *
 * `<app-file-picker accept="image/png" testId="cover-file" [chosen]="file()?.name" showNone
 *  (picked)="file.set($event[0])" />`
 */
@Component({
  selector: 'app-file-picker',
  imports: [MatButtonModule],
  template: `
    <input
      #input
      type="file"
      class="visually-hidden"
      tabindex="-1"
      [accept]="accept()"
      [multiple]="multiple()"
      [disabled]="disabled()"
      [attr.aria-label]="buttonLabel()"
      [attr.data-testid]="testId() || null"
      (change)="pick(input)"
    />
    <button mat-stroked-button type="button" [disabled]="disabled()" (click)="input.click()">
      {{ buttonLabel() }}
    </button>
    @if (chosenText(); as text) {
      <span class="small" aria-live="polite">{{ text }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      position: relative;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilePicker {
  /** The button's words; "Elegir archivo" (or "Elegir archivos" with `multiple`) by default. */
  readonly label = input('');
  readonly accept = input('');
  readonly multiple = input(false, { transform: booleanAttribute });
  readonly disabled = input(false, { transform: booleanAttribute });
  readonly testId = input('');
  /** What has been chosen, in words (a file's name). */
  readonly chosen = input<string | null | undefined>(null);
  /** Say "Ningún archivo elegido" while nothing is. */
  readonly showNone = input(false, { transform: booleanAttribute });
  readonly picked = output<File[]>();

  protected readonly c = injectMessages(COMMON);
  protected readonly buttonLabel = computed(
    () => this.label() || (this.multiple() ? this.c().chooseFiles : this.c().chooseFile),
  );
  protected readonly chosenText = computed(() => this.chosen() || (this.showNone() ? this.c().noFileChosen : ''));

  protected pick(input: HTMLInputElement): void {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length) this.picked.emit(files);
  }
}
