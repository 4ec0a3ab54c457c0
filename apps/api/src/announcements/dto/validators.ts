import { registerDecorator, ValidationOptions } from 'class-validator';
import { isExistingDateTime } from '../../common/calendar-date';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with an explicit offset, as meetings take them (years 2000–2100). */
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
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !INSTANT.test(value) || !isExistingDateTime(value)) return false;
          const year = new Date(value).getUTCFullYear();
          return year >= 2000 && year <= 2100;
        },
      },
    });
}
