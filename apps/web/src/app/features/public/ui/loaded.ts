import { httpStatus } from '../../../core/api/api-error';
import { serverResponse } from './server-response';

/** What a public page's resolver hands its page: the data, or why it could not be read. */
export type Loaded<T> = { value: T; error: null } | { value: null; error: unknown };

/** An unknown slug or id, or one that cannot be an id at all (the API's 400): the page is a 404. */
export function isNotFound(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 404 || status === 400;
}

/**
 * Runs a read for a resolver (the router waits for it, so the server renders the page with its
 * content). A failure does not abort the navigation: the page shows it, and a 404 from the API
 * becomes the page's own HTTP status. Call in an injection context.
 */
export async function loadForPage<T>(fetch: () => Promise<T>, cacheTags?: (value: T) => string[]): Promise<Loaded<T>> {
  const response = serverResponse();
  try {
    const value = await fetch();
    if (cacheTags) response.cacheTags(cacheTags(value));
    return { value, error: null };
  } catch (error: unknown) {
    const status = httpStatus(error);
    response.status(isNotFound(error) ? 404 : status && status < 500 ? status : 503);
    return { value: null, error };
  }
}
