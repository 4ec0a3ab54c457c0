import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@cumbre/contracts';
import { CommonMessages } from '../i18n/common.messages';
import { fill } from '../i18n/translate';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'statusCode' in value &&
    'message' in value
  );
}

/** The server's own messages (validation names the field), or none. */
export function serverMessages(error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse) || !isApiErrorBody(error.error))
    return [];
  const { message } = error.error;
  return Array.isArray(message) ? message : [message];
}

export function httpStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/** Seconds to wait after a 429, from Retry-After (seconds or an HTTP date), when the server says. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const header = error.headers?.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date)
    ? null
    : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

/**
 * A message a person can act on. 400s show what the server said (it names the field); other
 * statuses get a sentence in the reader's language.
 */
export function describeError(error: unknown, t: CommonMessages): string[] {
  const status = httpStatus(error);
  switch (status) {
    case 0:
      return [t.errorNetwork];
    case 400:
    case 422: {
      const messages = serverMessages(error);
      return messages.length ? messages : [t.errorGeneric];
    }
    case 403:
      return [t.errorForbidden];
    case 404:
      return [t.errorNotFound];
    case 409: {
      // A 409 is either a stale version (someone else saved first) or a duplicate the server names.
      const messages = serverMessages(error);
      const stale =
        !messages.length ||
        messages.some((m) => /version|modific|changed/i.test(m));
      return stale ? [t.errorConflict] : messages;
    }
    case 429: {
      const seconds = retryAfterSeconds(error);
      return [
        seconds ? fill(t.errorThrottled, { seconds }) : t.errorThrottledShort,
      ];
    }
    default:
      return [t.errorGeneric];
  }
}
