import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '@cumbre/scheduling';
import { isExistingDateTime } from '../../common/calendar-date';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with an explicit offset ("2026-12-05T09:00:00-05:00" or "…Z"). A wall
 * clock without offset is refused: it would mean a different instant in every zone. So is a
 * day or time that does not exist (30 February, 24:00), which would silently roll over.
 */
export function IsInstant(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an ISO 8601 date-time with an offset between the years ${MIN_YEAR} and ${MAX_YEAR}, e.g. 2026-12-05T09:00:00-05:00`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !INSTANT.test(value) || !isExistingDateTime(value)) return false;
          const year = new Date(value).getUTCFullYear();
          // Far-off years are typing mistakes, and 9999-12-31T23:00-05:00 would be year 10000.
          return year >= MIN_YEAR && year <= MAX_YEAR;
        },
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
