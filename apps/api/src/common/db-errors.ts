import { QueryFailedError } from 'typeorm';
import { ApiError } from './api-error';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Turns a unique-index violation into a 409 naming the field, so that two admins racing for the
 * same name get "shortName is already in use" rather than an index name. Other errors pass on.
 */
export function rethrowUniqueViolation(error: unknown, fieldsByConstraint: Record<string, string>): never {
  if (error instanceof QueryFailedError) {
    const { code, constraint } = error as QueryFailedError & { code?: string; constraint?: string };
    const field = constraint ? fieldsByConstraint[constraint] : undefined;
    if (code === UNIQUE_VIOLATION && field) {
      throw new ApiError('common.already_exists', `${field} is already in use by another record`, { field });
    }
  }
  throw error;
}
