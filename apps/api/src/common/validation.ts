import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, TransformFnParams } from 'class-transformer';
import { IsInt, Min, ValidateIf } from 'class-validator';
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

/**
 * The `version` a change of a versioned resource is based on: a whole number from 1, documented
 * once. The versioned update (common/versioned-update.ts) answers 409 when it is no longer current.
 */
export const BasedOnVersion = () =>
  applyDecorators(
    ApiProperty({ minimum: 1, description: 'The version the change is based on (409 when it is no longer current)' }),
    IsInt(),
    Min(1),
  );
