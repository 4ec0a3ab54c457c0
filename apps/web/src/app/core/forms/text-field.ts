import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldBase, GRID_ITEM_FIELD } from './field-base';

/**
 * One labelled text input of a reactive form (an outlined Material field), beside the date and
 * time fields on the same FieldBase: the label, the input or, with `rows`, a textarea, an
 * optional hint, and the control's first error in the reader's words (`fieldError`). The form's
 * own `(ngSubmit)` and `revealErrors` work as for a field written out in the page; the host has
 * `display: contents`, so the field is the grid's item.
 *
 * Two kinds of length limit: `maxlength` stops the typing (a code, an address, a search box);
 * `limit` counts prose ("12 / 200" under the field) and keeps a pasted text whole, its error
 * saying by how much it is over (the form's `Validators.maxLength` decides, at once).
 *
 * `<app-text-field [control]="form.controls.email" [label]="t().email" type="email"
 *  autocomplete="username" required [maxlength]="limits.email" />`
 * `<app-text-field [control]="form.controls.title" [label]="t().title" required [limit]="200" />`
 */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field [class.span-2]="wide()">
      <mat-label>{{ label() }}</mat-label>
      @if (rows(); as rows) {
        <textarea
          matInput
          [formControl]="control()"
          [rows]="rows"
          [required]="required()"
          [maxlength]="maxlength()"
          [attr.data-testid]="testIdAttr()"
        ></textarea>
      } @else {
        <input
          matInput
          [formControl]="control()"
          [type]="type()"
          [required]="required()"
          [maxlength]="maxlength()"
          [attr.autocomplete]="autocomplete()"
          [attr.inputmode]="inputmode()"
          [attr.data-testid]="testIdAttr()"
          [class.mono]="mono()"
        />
      }
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (limit()) {
        <mat-hint align="end" [attr.data-testid]="testId() ? testId() + '-count' : null">{{ count() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: GRID_ITEM_FIELD,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField extends FieldBase {
  readonly type = input('text');
  readonly autocomplete = input<string | null>(null);
  readonly inputmode = input<string | null>(null);
  readonly maxlength = input<number | null>(null);
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows = input<number | null>(null);
  /** Monospaced input (codes). */
  readonly mono = input(false, { transform: booleanAttribute });
  /** What to say when the value does not match its pattern, instead of the common words. */
  readonly patternError = input('');
  /** Takes both columns of a `form--grid`. */
  readonly wide = input(false, { transform: booleanAttribute });
  /** A counted length limit (see above); the form's control carries the same `Validators.maxLength`. */
  readonly limit = input<number | null>(null);

  /** "12 / 200". */
  protected count(): string {
    return `${this.control().value.length} / ${this.limit()}`;
  }

  protected override error(): string {
    if (this.patternError() && this.control().hasError('pattern')) return this.patternError();
    // Over the limit the counter gives way to the error: the error keeps it, so one sees how much to cut.
    if (this.limit() && this.control().hasError('maxlength')) return `${super.error()} (${this.count()})`;
    return super.error();
  }
}
