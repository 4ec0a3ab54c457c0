import { ValidatorFn, Validators } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';

// The checks of the account fields that several forms ask for (sign-in, the password pages,
// the admin's new user). The server checks the same; these give the message before a round trip.

/** The longest e-mail address an account may have (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;

/** An account's e-mail address: required, well formed, not too long. */
export function emailValidators(): ValidatorFn[] {
  return [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)];
}

/** A password being chosen: required and within the policy's lengths. */
export function newPasswordValidators(): ValidatorFn[] {
  return [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)];
}

/** A password typed to prove who one is: required, and no longer than any password can be. */
export function currentPasswordValidators(): ValidatorFn[] {
  return [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)];
}
