import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { CommonMessages } from '../i18n/common.messages';
import { fill } from '../i18n/translate';

/** The first thing wrong with a control, in the reader's language. Empty when it is valid. */
export function fieldError(control: AbstractControl | null, t: CommonMessages): string {
  const errors = control?.errors;
  if (!errors) return '';
  // A date the datepicker could not read leaves the value empty: say why before "required".
  if (errors['matDatepickerParse']) return t.badDate;
  if (errors['matDatepickerMin'] || errors['matDatepickerMax']) return t.dateRange;
  if (errors['time']) return t.badTime;
  if (errors['required']) return t.required;
  if (errors['email']) return t.email;
  if (errors['minlength']) return fill(t.minlength, { n: errors['minlength'].requiredLength });
  if (errors['maxlength']) return fill(t.maxlength, { n: errors['maxlength'].requiredLength });
  if (errors['mismatch']) return t.mismatch;
  if (typeof errors['message'] === 'string') return errors['message'];
  if (errors['pattern']) return t.pattern;
  return t.errorGeneric;
}

/**
 * Control validator: the value must equal the sibling control `siblingKey` (a password
 * confirmation). The page re-validates it when the sibling changes.
 */
export function matchesSibling(siblingKey: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const sibling = control.parent?.get(siblingKey);
    if (!sibling || control.value === '' || control.value === sibling.value) return null;
    return { mismatch: true };
  };
}

/** Marks every control touched so that all field messages show after a submit attempt. */
export function revealErrors(form: AbstractControl): boolean {
  form.markAllAsTouched();
  if (form.invalid) focusFirstInvalid();
  return form.valid;
}

/**
 * Moves focus to the first field showing an error, once it is rendered, so that a keyboard or
 * screen-reader user lands on what to fix rather than on the button they pressed.
 */
export function focusFirstInvalid(): void {
  const document = globalThis.document;
  if (!document) return;
  setTimeout(() =>
    document
      .querySelector<HTMLElement>(
        'main input.ng-invalid, main textarea.ng-invalid, main select.ng-invalid, main mat-select.ng-invalid, main mat-radio-group.ng-invalid input',
      )
      ?.focus(),
  );
}
