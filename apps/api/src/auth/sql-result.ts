/**
 * The RETURNING rows of an UPDATE or DELETE run through `manager.query`: TypeORM's PostgreSQL
 * driver answers those as `[rows, affectedCount]`, unlike SELECT and INSERT (just the rows).
 */
export function returnedRows<T>(result: unknown): T[] {
  return (result as [T[], number])[0];
}
