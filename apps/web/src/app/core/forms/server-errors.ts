import type { WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { CommonMessages } from '../i18n/common.messages';
import { httpStatus } from '../api/api-error';
import { errorItems, FieldLabels } from '../errors/error-text';

export interface SplitErrors<F extends string> {
  /** The message for each form field the server names, without the field's name (it shows under it). */
  byField: Partial<Record<F, string>>;
  /** Messages that name no field of the form, naming their field by its label. */
  general: string[];
}

/** Whether `path` is `prefix` or lies under it (venue.city under venue, slots[1] under slots). */
function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * Sorts a 400's field errors onto the form's fields, in the reader's language. `paths` maps the
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
  for (const message of errorItems(error, t, labels)) {
    const path = message.field ?? '';
    const key = known.find((p) => within(path, p));
    const field = key === undefined ? undefined : paths[key];
    if (field === undefined) general.push(message.full);
    else if (byField[field] === undefined) byField[field] = message.short;
  }
  return { byField, general };
}

/**
 * A form's answer to a failed save: a 400's field errors go under their controls (touched, so
 * they show; other errors of the control are kept) and the rest into the action's own list.
 * True when placed; false for any other failure, left to the action (describeError).
 */
export function placeServerErrors<F extends string>(
  error: unknown,
  target: {
    controls: Record<F, AbstractControl>;
    paths: Record<string, F>;
    extra: WritableSignal<string[]>;
  },
  t: CommonMessages,
  labels?: FieldLabels,
): boolean {
  const split = splitServerErrors(error, target.paths, t, labels);
  if (!split) return false;
  for (const [field, message] of Object.entries(split.byField) as [F, string][]) {
    const control = target.controls[field];
    control.setErrors({ ...(control.errors ?? {}), message });
    control.markAsTouched();
  }
  target.extra.set(split.general);
  return true;
}
