import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '@cumbre/scheduling';

/** An IANA time-zone name known to the runtime (America/Lima, Europe/Madrid, UTC). */
export function IsIanaTimeZone(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as America/Lima`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}
