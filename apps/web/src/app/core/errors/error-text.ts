import type { ErrorCode, ErrorParams, FieldError } from '@cumbre/contracts';
import type { CommonMessages } from '../i18n/common.messages';
import { fill } from '../i18n/translate';
import { retryAfterSeconds, toApiError } from '../api/api-error';

/** Labels a form gives the API's property paths ("venue.city" -> "Ciudad"); `slots[]` names any item of a list. */
export type FieldLabels = Readonly<Record<string, string>>;

/** One thing the server found wrong, in the reader's words. */
export interface ErrorItem {
  /** The API property path at fault ("venue.city", "slots[1].startsAt"), when there is one. */
  field: string | null;
  /** For display under that field: the field is not named again. */
  short: string;
  /** For display on its own: "Título: Máximo 200 caracteres." */
  full: string;
}

const STATUS_PARAMS = new Set(['status', 'from', 'to']);

/** The text of `code` with its params filled; statuses in words, lists joined. */
export function codeText(code: ErrorCode, params: ErrorParams | undefined, t: CommonMessages): string {
  const words: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === null || value === undefined) continue;
    const status = `status.${String(value)}` as keyof CommonMessages;
    words[key] = Array.isArray(value)
      ? value.join(', ')
      : STATUS_PARAMS.has(key) && t[status]
        ? t[status]
        : typeof value === 'number'
          ? value
          : String(value);
  }
  return fill(t[code], words);
}

/** The form's label for `path`, else the app's common one, else null. */
export function fieldLabel(path: string, t: CommonMessages, labels?: FieldLabels): string | null {
  const candidates = [path, path.replace(/\[\d+\]/g, '[]')];
  // "slots[1].startsAt" is also about "slots[1]" and "slots".
  for (let p = path; p.includes('.') || p.includes('['); ) {
    p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    candidates.push(p, p.replace(/\[\d+\]/g, '[]'));
  }
  for (const c of candidates) if (labels?.[c]) return labels[c];
  const common = t as Record<string, string>;
  for (const c of candidates) if (common[`field.${c}`]) return common[`field.${c}`];
  return null;
}

function item(
  field: string | null,
  code: ErrorCode,
  params: ErrorParams | undefined,
  t: CommonMessages,
  labels?: FieldLabels,
): ErrorItem {
  const short = codeText(code, params, t);
  const label = field ? fieldLabel(field, t, labels) : null;
  return { field, short, full: label ? `${label}: ${short}` : short };
}

/** What the server found wrong, one item per field and rule, or the one top-level reason. */
export function errorItems(error: unknown, t: CommonMessages, labels?: FieldLabels): ErrorItem[] {
  const api = toApiError(error);
  if (!api?.code) return [];
  if (api.fields.length) return api.fields.map((f: FieldError) => item(f.field, f.code, f.params, t, labels));
  return [item(api.field, api.code, api.params, t, labels)];
}

/**
 * A message a person can act on, in the reader's language, from the error's code (the field
 * named by `labels` or its common label). An answer without a code (a proxy, the network) gets
 * a sentence of ours by status.
 */
export function describeError(error: unknown, t: CommonMessages, labels?: FieldLabels): string[] {
  const api = toApiError(error);
  if (!api) return [t.errorGeneric];
  if (api.status === 0) return [t.errorNetwork];
  if (api.status === 429) {
    const seconds = retryAfterSeconds(error);
    return [seconds ? fill(t.errorThrottled, { seconds }) : t.errorThrottledShort];
  }
  const items = errorItems(error, t, labels);
  if (items.length) return items.map((i) => i.full);
  switch (api.status) {
    case 403:
      return [t.errorForbidden];
    case 404:
      return [t.errorNotFound];
    default:
      return [t.errorGeneric];
  }
}
