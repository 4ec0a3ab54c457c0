import { httpStatus, serverMessages } from '../../core/api/api-error';

export interface SplitErrors<F extends string> {
  /** The server's message for each form field it names. */
  byField: Partial<Record<F, string>>;
  /** Messages that name no field of the form. */
  general: string[];
}

/**
 * Sorts a 400's messages onto the form's fields. The API's messages start with the property
 * path ("endsAt must be after startsAt", "venue.city must be shorter…"); `paths` maps those
 * paths to the form's control names. Other errors are left for describeError.
 */
export function splitServerErrors<F extends string>(
  error: unknown,
  paths: Record<string, F>,
): SplitErrors<F> | null {
  const status = httpStatus(error);
  if (status !== 400 && status !== 422) return null;
  const byField: Partial<Record<F, string>> = {};
  const general: string[] = [];
  // Longest paths first, so "venue.name" wins over a field called "venue".
  const known = Object.keys(paths).sort((a, b) => b.length - a.length);
  for (const message of serverMessages(error)) {
    const path = known.find(
      (p) =>
        message === p ||
        message.startsWith(`${p} `) ||
        message.startsWith(`${p}.`) ||
        message.startsWith(`${p}[`),
    );
    const field = path === undefined ? undefined : paths[path];
    if (field !== undefined && byField[field] === undefined)
      byField[field] = message;
    else if (field === undefined) general.push(message);
  }
  return { byField, general };
}
