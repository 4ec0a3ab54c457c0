import type { CommonMessages } from '../i18n/common.messages';
import { httpStatus, serverMessages } from '../api/api-error';
import { FieldLabels, translateServerMessage } from '../api/server-messages';

export interface SplitErrors<F extends string> {
  /** The message for each form field the server names, without the field's name (it shows under it). */
  byField: Partial<Record<F, string>>;
  /** Messages that name no field of the form, naming their field by its label. */
  general: string[];
}

// "venue.city must …", "parentId: no agency …", "slots[1].startsAt is …": the path comes first.
const LEADING_PATH = /^([A-Za-z_][\w.[\]]*?)(?=[\s:]|$)/;

/** Whether `path` is `prefix` or lies under it (venue.city under venue, slots[1] under slots). */
function within(path: string, prefix: string): boolean {
  return (
    path === prefix ||
    path.startsWith(`${prefix}.`) ||
    path.startsWith(`${prefix}[`)
  );
}

/**
 * Sorts a 400's messages onto the form's fields, in the reader's language. `paths` maps the
 * API's property paths to the form's control names; `labels` names the paths for messages that
 * stay general. Other statuses answer null and are left for describeError.
 */
export function splitServerErrors<F extends string>(
  error: unknown,
  paths: Record<string, F>,
  t: CommonMessages,
  labels?: FieldLabels,
): SplitErrors<F> | null {
  const status = httpStatus(error);
  if (status !== 400 && status !== 422) return null;
  const byField: Partial<Record<F, string>> = {};
  const general: string[] = [];
  // Longest paths first, so "venue.name" wins over a field called "venue".
  const known = Object.keys(paths).sort((a, b) => b.length - a.length);
  for (const raw of serverMessages(error)) {
    const message = translateServerMessage(String(raw), t, labels);
    const path = message.path ?? LEADING_PATH.exec(String(raw))?.[1] ?? '';
    const key = known.find((p) => within(path, p));
    const field = key === undefined ? undefined : paths[key];
    if (field === undefined) general.push(message.full);
    else if (byField[field] === undefined) byField[field] = message.short;
  }
  return { byField, general };
}
