import type { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';

/**
 * How every `<mat-form-field>` of the app looks, decided once: outlined, and its hint or error
 * takes the lines it needs, so a two-line hint on a phone pushes the next field down instead of
 * running into its label. `styles.css` keeps one line reserved under each field, so an error
 * appearing does not move the form. Provided by the routes that have forms (the staff area,
 * the sign-in pages), not at the root: the public pages that only read do not load form fields.
 */
export function provideFormFieldDefaults(): Provider {
  const defaults: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };
  return { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: defaults };
}
