import { booleanAttribute, ChangeDetectorRef, computed, Directive, effect, inject, input } from '@angular/core';
import { FormControl, StatusChangeEvent, TouchedChangeEvent, ValueChangeEvent } from '@angular/forms';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';
import { fieldError } from './field-error';

/** A field component's host takes no box: its `<mat-form-field>` is the form grid's or filter row's item. */
export const GRID_ITEM_FIELD = ':host { display: contents; }';

/**
 * What every field component of the app's forms takes besides its own options: the form's
 * FormControl (so the form keeps its values, validation and touched state), the label, a hint,
 * and the control's first error in the reader's words (`fieldError`) for its `<mat-error>`.
 */
@Directive()
export abstract class FieldBase {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly required = input(false, { transform: booleanAttribute });
  readonly testId = input('');
  protected readonly c = injectMessages(COMMON);
  protected readonly testIdAttr = computed(() => this.testId() || null);

  constructor() {
    // The field's view is OnPush and the form is touched and filled from outside it
    // (revealErrors on submit, an edited record's values): follow the control's events so that
    // every field's message and counter are current, not only the focused one's. A value over
    // its length limit (a pasted text is kept whole) shows its error at once, not on leaving.
    const view = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const control = this.control();
      const events = control.events.subscribe((e) => {
        if (e instanceof ValueChangeEvent && control.hasError('maxlength')) control.markAsTouched();
        if (e instanceof TouchedChangeEvent || e instanceof StatusChangeEvent || e instanceof ValueChangeEvent) {
          view.markForCheck();
        }
      });
      onCleanup(() => events.unsubscribe());
    });
  }

  protected error(): string {
    return fieldError(this.control(), this.c());
  }
}
