// Times typed in the app read 24-hour hh:mm whatever the browser's locale (a native
// `<input type="time">` shows "09:00 AM" in an en-US Chromium). A text field with this directive
// takes "9:00", "0900" or "9" and keeps "09:00"; anything else is the control's `time` error.
// Use on `<input matInput type="text" placeholder="hh:mm" appTime24>` (matInput owns those two).
import { Directive, ElementRef, inject, Injector } from '@angular/core';
import { AbstractControl, NG_VALIDATORS, NgControl, type ValidationErrors, type Validator } from '@angular/forms';

const LOOSE = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/;

/** "9:00" → "09:00", "1330" → "13:30"; null when it is not a time of day. */
export function normalizeTime(text: string): string | null {
  const m = LOOSE.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

@Directive({
  selector: 'input[appTime24]',
  host: {
    inputmode: 'numeric',
    autocomplete: 'off',
    '(blur)': 'tidy()',
  },
  providers: [{ provide: NG_VALIDATORS, useExisting: TimeInput, multi: true }],
})
export class TimeInput implements Validator {
  private readonly injector = inject(Injector);
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef);

  validate(control: AbstractControl): ValidationErrors | null {
    const value = control.value as string | null;
    if (!value) return null;
    return normalizeTime(value) === null ? { time: true } : null;
  }

  /** On leaving the field, a loose reading becomes hh:mm (read late: NgControl needs this validator). */
  protected tidy(): void {
    const control = this.injector.get(NgControl, null, { self: true });
    const tidy = normalizeTime(this.element.nativeElement.value);
    if (control?.control && tidy && tidy !== control.value) control.control.setValue(tidy);
  }
}
