import { ValidatorFn, Validators } from '@angular/forms';

// Limits of the user forms. The server checks the same; these give the message before a round trip.
export const DISPLAY_NAME_MAX = 120;

/** A user's display name: required, 2 to DISPLAY_NAME_MAX characters. */
export function displayNameValidators(): ValidatorFn[] {
  return [Validators.required, Validators.minLength(2), Validators.maxLength(DISPLAY_NAME_MAX)];
}
