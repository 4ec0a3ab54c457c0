import { registerDecorator, type ValidationOptions } from 'class-validator';
import {
  ACTION_ITEM_MAX_YEAR,
  ACTION_ITEM_MIN_YEAR,
  AGENDA_MAX_PLANNED_MINUTES,
  AGENDA_MIN_PLANNED_MINUTES,
} from '@cumbre/contracts';
import { isExistingDateTime } from '../../common/calendar-date';
import { type Coded, registerConstraintCode } from '../../common/validation-errors';

registerConstraintCode(
  'isPlannedMinutes',
  (_c, value): Coded =>
    typeof value === 'number' && Number.isInteger(value)
      ? {
          code: 'agenda.duration_out_of_range',
          params: { min: AGENDA_MIN_PLANNED_MINUTES, max: AGENDA_MAX_PLANNED_MINUTES },
        }
      : { code: 'validation.wrong_type', params: { expected: 'integer' } },
);
registerConstraintCode(
  'isDueDate',
  (_c, value): Coded =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isExistingDateTime(value)
      ? { code: 'action_item.due_date_out_of_range', params: { min: ACTION_ITEM_MIN_YEAR, max: ACTION_ITEM_MAX_YEAR } }
      : { code: 'validation.not_date' },
);

/** Whole minutes, at least one, at most a day: negative or absurd durations get their own code. */
export function IsPlannedMinutes(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPlannedMinutes',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a whole number of minutes from ${AGENDA_MIN_PLANNED_MINUTES} to ${AGENDA_MAX_PLANNED_MINUTES}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' &&
          Number.isInteger(value) &&
          value >= AGENDA_MIN_PLANNED_MINUTES &&
          value <= AGENDA_MAX_PLANNED_MINUTES,
      },
    });
}

/** A calendar day (YYYY-MM-DD) that exists, between the years the plan accepts: 2150 is a typing mistake. */
export function IsDueDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDueDate',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date (YYYY-MM-DD) between the years ${ACTION_ITEM_MIN_YEAR} and ${ACTION_ITEM_MAX_YEAR}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isExistingDateTime(value))
            return false;
          const year = Number(value.slice(0, 4));
          return year >= ACTION_ITEM_MIN_YEAR && year <= ACTION_ITEM_MAX_YEAR;
        },
      },
    });
}
