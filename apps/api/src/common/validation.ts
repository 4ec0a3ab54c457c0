import { ParseUUIDPipe } from '@nestjs/common';
import { Transform, TransformFnParams } from 'class-transformer';
import { ValidateIf } from 'class-validator';
import { ApiError } from './api-error';

/** Leading and trailing blanks never make a name different; a blank-only name is then too short. */
export const Trim = () =>
  Transform(({ value }: TransformFnParams) => (typeof value === 'string' ? value.trim() : value));

/**
 * For PATCH fields that may be left out but not set to null: unlike `@IsOptional()`, a null
 * still runs the field's rules and is refused with a message naming it.
 */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** A path id that is not a UUID answers 400 naming the parameter, before any query runs. */
export const uuidParam = (name = 'id') =>
  new ParseUUIDPipe({
    exceptionFactory: () => new ApiError('validation.not_uuid', `${name} must be a UUID`, { field: name }),
  });
