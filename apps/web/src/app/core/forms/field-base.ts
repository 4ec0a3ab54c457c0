import { booleanAttribute, ChangeDetectorRef, computed, Directive, effect, inject, input } from '@angular/core';
import { FormControl, StatusChangeEvent, TouchedChangeEvent } from '@angular/forms';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';
import { fieldError } from './field-error';

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
    // The field's view is OnPush and the form is touched from outside it (revealErrors on
    // submit): follow the control's touched and status events so that every field's message
    // shows at once, not only the focused one's.
    const view = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const events = this.control().events.subscribe((e) => {
        if (e instanceof TouchedChangeEvent || e instanceof StatusChangeEvent) view.markForCheck();
      });
      onCleanup(() => events.unsubscribe());
    });
  }

  protected error(): string {
    return fieldError(this.control(), this.c());
  }
}
