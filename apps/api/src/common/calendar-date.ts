import { registerDecorator, ValidationOptions } from 'class-validator';

/** Date, then optionally time (T or space), seconds, fraction and offset (Z, ±hh:mm or ±hhmm). */
const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whether an ISO 8601 date or date-time names a day and time that exist. JavaScript and
 * PostgreSQL both roll 30 February over into March without a word; this does not.
 * Syntax beyond what PARTS reads is the caller's own check.
 */
export function isExistingDateTime(value: string): boolean {
  const m = PARTS.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59
  );
}

/** A date (or date-time) that is on the calendar: `2027-02-30` is refused, naming the field. */
export function IsExistingDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isExistingDate',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} is not a valid date`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || isExistingDateTime(value) },
    });
}

const INSTANT_MIN_YEAR = 2000;
const INSTANT_MAX_YEAR = 2100;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with an explicit offset ("2026-12-05T09:00:00-05:00" or "…Z"), as meetings,
 * polls and announcements take them. A wall clock without offset is refused: it would mean a
 * different instant in every zone. So is a day or time that does not exist (30 February, 24:00),
 * which would silently roll over.
 */
export function IsInstant(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an ISO 8601 date-time with an offset between the years ${INSTANT_MIN_YEAR} and ${INSTANT_MAX_YEAR}, e.g. 2026-12-05T09:00:00-05:00`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !INSTANT.test(value) || !isExistingDateTime(value)) return false;
          const year = new Date(value).getUTCFullYear();
          // Far-off years are typing mistakes, and 9999-12-31T23:00-05:00 would be year 10000.
          return year >= INSTANT_MIN_YEAR && year <= INSTANT_MAX_YEAR;
        },
      },
    });
}
