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
