import { HttpException } from '@nestjs/common';
import { ERROR_CODES, type ErrorCode, type ErrorParams, type FieldError } from '@cumbre/contracts';

export interface ApiErrorOptions {
  /** The one field at fault, as the request names it (`slots[0].startsAt`). */
  field?: string;
  params?: ErrorParams;
  fields?: FieldError[];
  /** Further body members a client needs (e.g. `conflicts`); never a secret. */
  extra?: Record<string, unknown>;
}

/**
 * The API's one error: a registered code (its HTTP status comes from the registry), an English
 * message for API clients, and the field and parameters a client needs to word it itself.
 */
export class ApiError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ApiErrorOptions = {},
  ) {
    const { field, params, fields, extra } = details;
    super(
      {
        ...extra,
        code,
        message,
        ...(field !== undefined && { field }),
        ...(params !== undefined && { params }),
        ...(fields !== undefined && { fields }),
      },
      ERROR_CODES[code].status,
    );
  }
}

/** The one answer to a change based on an older version, for every versioned resource. */
export function staleVersion(resource: string, sentVersion: number, currentVersion: number): ApiError {
  return new ApiError(
    'common.stale_version',
    `the ${resource} was changed by someone else (version ${sentVersion} is out of date; current version ${currentVersion}); reload it and try again`,
    { params: { resource, sentVersion, currentVersion } },
  );
}
