import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';

/** Deeper than any request shape we accept; guards the walk against pathological nesting. */
const MAX_DEPTH = 32;

/** The dotted path of the first string holding U+0000, or null ("venue.name", "agencyIds.0"). */
export function findNulCharacter(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = findNulCharacter(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in a body, query or path value would end
 * as a database error (a 500) deep inside a transaction. Refused here instead, naming the field.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findNulCharacter(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (field)
      throw new ApiError('validation.nul_character', `${field} must not contain a NUL character (\\u0000)`, { field });
    return value;
  }
}
