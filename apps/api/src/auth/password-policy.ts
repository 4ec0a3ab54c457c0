import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cumbre/contracts';
import { registerConstraintCode, type Coded } from '../common/validation-errors';

/**
 * Passwords people here reach for first and that the length rule alone lets through. Short on
 * purpose (the length rule does most of the work); compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  'contraseña123',
  'contrasena123',
  'contraseña1234',
  'contrasena1234',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789abc',
  'abc123456789',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopas',
  'qwerty123456',
  'asdfghjklñ12',
  'asdfghjkl123',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
  'iloveyou1234',
  'administrador',
  'administrador1',
  'admin1234567',
  'bienvenido123',
  'bienvenido1234',
  'peru12345678',
  'perú12345678',
  'cumbre123456',
  'cumbre2025!!',
  'teamo1234567',
  'letmein12345',
  'welcome12345',
]);

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'must be a string';
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (COMMON_PASSWORDS.has(password.normalize('NFC').toLowerCase())) {
    return 'is too common; choose another one';
  }
  return null;
}

// The error code says which of the password rules failed, in the order passwordProblem checks them.
registerConstraintCode('isAcceptablePassword', (_args, value): Coded => {
  if (typeof value !== 'string') return { code: 'validation.wrong_type', params: { expected: 'string' } };
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) return { code: 'validation.too_short', params: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'validation.too_long', params: { max: PASSWORD_MAX_LENGTH } };
  return { code: 'auth.password_too_common' };
});

/** Length 12..128 and not on the common-password list; the message names the field. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => passwordProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'password'} ${passwordProblem(args?.value)}`,
      },
    });
  };
}
