import { booleanAttribute, computed, Directive, input } from '@angular/core';
import { FormControl } from '@angular/forms';
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

  protected error(): string {
    return fieldError(this.control(), this.c());
  }
}
