import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ErrorCode, ErrorParams, FieldError } from '@cumbre/contracts';
import { ApiError } from './api-error';

export type Coded = { code: ErrorCode; params?: ErrorParams };
type ConstraintCoder = (constraints: unknown[], value: unknown) => Coded;

const first = (c: unknown[]) => c[0] as number;

/** class-validator constraint name → code, with the decorator's arguments as params. */
const CONSTRAINT_CODES: Record<string, ConstraintCoder> = {
  whitelistValidation: () => ({ code: 'validation.unknown_field' }),
  unknownValue: () => ({ code: 'validation.wrong_type', params: { expected: 'object' } }),
  nestedValidation: () => ({ code: 'validation.wrong_type', params: { expected: 'object' } }),
  isDefined: () => ({ code: 'validation.required' }),
  isNotEmpty: () => ({ code: 'validation.required' }),
  maxLength: (c) => ({ code: 'validation.too_long', params: { max: first(c) } }),
  minLength: (c) => ({ code: 'validation.too_short', params: { min: first(c) } }),
  isLength: (c, value): Coded =>
    typeof value === 'string' && value.length < first(c)
      ? { code: 'validation.too_short', params: { min: first(c) } }
      : { code: 'validation.too_long', params: { max: c[1] as number } },
  max: (c) => ({ code: 'validation.too_large', params: { max: first(c) } }),
  min: (c) => ({ code: 'validation.too_small', params: { min: first(c) } }),
  arrayMaxSize: (c) => ({ code: 'validation.too_many', params: { max: first(c) } }),
  arrayMinSize: (c) => ({ code: 'validation.too_few', params: { min: first(c) } }),
  arrayNotEmpty: () => ({ code: 'validation.too_few', params: { min: 1 } }),
  arrayUnique: () => ({ code: 'validation.duplicate' }),
  isUuid: () => ({ code: 'validation.not_uuid' }),
  isEmail: () => ({ code: 'validation.not_email' }),
  isInstant: () => ({ code: 'validation.not_date' }),
  isIso8601: () => ({ code: 'validation.not_date' }),
  isDateString: () => ({ code: 'validation.not_date' }),
  isUrl: () => ({ code: 'validation.not_url' }),
  isIanaTimeZone: () => ({ code: 'validation.not_time_zone' }),
  matches: () => ({ code: 'validation.bad_format' }),
  isIn: (c) => ({ code: 'validation.not_in_list', params: { allowed: ((c[0] as unknown[]) ?? []).map(String) } }),
  isEnum: (c) => ({
    code: 'validation.not_in_list',
    params: { allowed: Object.values((c[0] as object) ?? {}).map(String) },
  }),
  isString: () => ({ code: 'validation.wrong_type', params: { expected: 'string' } }),
  isInt: () => ({ code: 'validation.wrong_type', params: { expected: 'integer' } }),
  isNumber: () => ({ code: 'validation.wrong_type', params: { expected: 'number' } }),
  isBoolean: () => ({ code: 'validation.wrong_type', params: { expected: 'boolean' } }),
  isArray: () => ({ code: 'validation.wrong_type', params: { expected: 'array' } }),
  isObject: () => ({ code: 'validation.wrong_type', params: { expected: 'object' } }),
};

/**
 * For custom decorators whose code depends on the value (the password rule says "too short" or
 * "too common"): the module that defines the decorator registers its coder here, so that this
 * kernel file needs no import from a feature.
 */
export function registerConstraintCode(constraint: string, coder: ConstraintCoder): void {
  CONSTRAINT_CODES[constraint] = coder;
}

function codeOf(constraint: string, error: ValidationError, args: unknown[]): Coded {
  const coder = CONSTRAINT_CODES[constraint];
  if (constraint !== 'whitelistValidation' && error.value === undefined) return { code: 'validation.required' };
  return coder ? coder(args, error.value) : { code: 'validation.invalid' };
}

/** The decorator arguments behind each failed constraint, read from class-validator's metadata. */
type ArgsLookup = (target: object | undefined, property: string, constraint: string) => unknown[];

function fieldPath(parent: string, property: string, parentIsArray: boolean): string {
  if (!parent) return property;
  return parentIsArray && /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

/** Flattens class-validator's tree into one entry per field and failed constraint. */
export function toFieldErrors(errors: ValidationError[], argsOf: ArgsLookup, parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const parentIsArray = Array.isArray(error.target);
    const field = fieldPath(parent, error.property, parentIsArray);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const { code, params } = codeOf(constraint, error, argsOf(error.target, error.property, constraint));
      out.push({ field, code, ...(params && { params }), message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, argsOf, field));
  }
  return out;
}

/** One `validation.failed` error listing every field; the message joins their English messages. */
export function validationFailed(fields: FieldError[]): ApiError {
  const message = fields.map((f) => f.message).join('; ') || 'the request is not valid';
  return new ApiError('validation.failed', message, { fields, ...(fields.length === 1 && { field: fields[0].field }) });
}

/** Reads a failed constraint's decorator arguments (`@MaxLength(200)` → [200]) from class-validator's metadata. */
export const constraintArgs: ArgsLookup = (target, property, constraint) => {
  if (!target || Array.isArray(target)) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === constraint);
  return metadata?.constraints ?? [];
};

/** The global ValidationPipe's `exceptionFactory`. */
export const validationExceptionFactory = (errors: ValidationError[]): ApiError =>
  validationFailed(toFieldErrors(errors, constraintArgs));
