import { ApiError } from '../common/api-error';

/** A keyset position (an instant and an id), opaque to clients. */
export interface Keyset {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor names; a cursor not made by `encodeCursor` is a 400 on `after`. */
export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined || cursor === '') return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(at.getTime())) {
    throw new ApiError('validation.bad_format', 'after is not a cursor this API gave out', { field: 'after' });
  }
  return { at, id };
}

/** Splits the `limit + 1` rows of a keyset query into a page and the next cursor. */
export function keysetPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  position: (row: R) => { at: Date; id: string },
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(map),
    nextCursor: more && last ? encodeCursor(position(last).at, position(last).id) : null,
  };
}
