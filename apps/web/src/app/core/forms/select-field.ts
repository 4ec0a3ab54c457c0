import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  type Signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { groupLabel } from '../i18n/group-label.pipe';
import { I18n, type Lang } from '../i18n/i18n.service';
import { FieldBase, GRID_ITEM_FIELD } from './field-base';

/** One choice of a `<app-select-field>`: the control's value and the words shown for it. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One labelled single choice of a reactive form (an outlined Material select), beside
 * `<app-text-field>` on the same FieldBase: the label, the options, an optional first option with
 * the value '' (`empty`: "Todas", "Ninguna"), an optional hint, and the control's first error in
 * the reader's words. `(picked)` says what was chosen (a filter that searches at once). The host
 * has `display: contents`, so the field is the grid's or the filter row's item.
 *
 * `<app-select-field [control]="form.controls.kind" [label]="t().kind" [options]="kindOptions()"
 *  [empty]="c().all" />`
 */
@Component({
  selector: 'app-select-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field [class.span-2]="wide()">
      <mat-label>{{ label() }}</mat-label>
      <mat-select
        [formControl]="control()"
        [required]="required()"
        [attr.data-testid]="testIdAttr()"
        (selectionChange)="picked.emit($event.value)"
      >
        @if (empty(); as empty) {
          <mat-option value="">{{ empty }}</mat-option>
        }
        @for (option of options(); track option.value) {
          <mat-option [value]="option.value">{{ option.label }}</mat-option>
        }
      </mat-select>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: GRID_ITEM_FIELD,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectField extends FieldBase {
  readonly options = input.required<readonly SelectOption[]>();
  /** The words of a first option whose value is '' (none chosen, or "all" in a filter). */
  readonly empty = input('');
  /** Takes both columns of a `form--grid`. */
  readonly wide = input(false, { transform: booleanAttribute });
  readonly picked = output<string>();
}

/** Values shown by a function of their own (`optionsOf(TLP_LEVELS, tlpLabel)`). */
export function optionsOf<V extends string>(values: readonly V[], label: (value: V) => string): SelectOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** Things with an id and a name (agencies, groups) as options: the id chosen, the name shown. */
export function namedOptions(items: readonly { id: string; name: string }[]): SelectOption[] {
  return items.map((item) => ({ value: item.id, label: item.name }));
}

/**
 * An enum's values as options in the reader's words, from a dictionary with `group.value` keys
 * (the one its label pipe reads); follows the language switch. Call in an injection context.
 */
export function enumOptions(
  values: readonly string[],
  messages: Record<Lang, Record<string, string>>,
  group: string,
): Signal<SelectOption[]> {
  const i18n = inject(I18n);
  return computed(() => {
    const words = messages[i18n.lang()];
    return values.map((value) => ({ value, label: groupLabel(words, group, value) }));
  });
}
