import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@cumbre/contracts';
import { CommonMessages } from '../i18n/common.messages';
import { fill } from '../i18n/translate';
import { FieldLabels, translateServerMessage } from './server-messages';

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

/** The server's messages in the reader's words; the field named by `labels` where the form knows it. */
export function translatedMessages(
  error: unknown,
  t: CommonMessages,
  labels?: FieldLabels,
): string[] {
  return serverMessages(error).map(
    (m) => translateServerMessage(String(m), t, labels).full,
  );
}

/** A 403/404 keeps its generic sentence unless the server said something we know how to say. */
function knownOr(
  error: unknown,
  t: CommonMessages,
  fallback: string,
  labels?: FieldLabels,
): string[] {
  const known = serverMessages(error)
    .map((m) => translateServerMessage(String(m), t, labels))
    .filter((m) => m.known);
  return known.length ? known.map((m) => m.full) : [fallback];
}

/**
 * A message a person can act on, in the reader's language. 400s say what the server found
 * (translated, naming the field by `labels` or its common label); other statuses get a sentence
 * of ours unless the server's reason is one we know.
 */
export function describeError(
  error: unknown,
  t: CommonMessages,
  labels?: FieldLabels,
): string[] {
  const status = httpStatus(error);
  switch (status) {
    case 0:
      return [t.errorNetwork];
    case 400:
    case 422: {
      const messages = translatedMessages(error, t, labels);
      return messages.length ? messages : [t.errorGeneric];
    }
    case 403:
      return knownOr(error, t, t.errorForbidden, labels);
    case 404:
      return knownOr(error, t, t.errorNotFound, labels);
    case 409: {
      // A 409 is either a stale version (someone else saved first) or a reason the server names.
      const messages = serverMessages(error);
      const stale =
        !messages.length ||
        messages.some((m) => /version|modific|changed/i.test(String(m)));
      return stale ? [t.errorConflict] : translatedMessages(error, t, labels);
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
