import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '@cumbre/scheduling';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with an explicit offset ("2026-12-05T09:00:00-05:00" or "…Z"). A wall
 * clock without offset is refused: it would mean a different instant in every zone.
 */
export function IsInstant(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an ISO 8601 date-time with an offset, e.g. 2026-12-05T09:00:00-05:00`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(new Date(value).getTime()),
      },
    });
}

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
