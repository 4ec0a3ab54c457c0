/**
 * A WHERE fragment with its named parameters, for TypeORM query builders. Policies and the
 * modules that own a table hand these out so that a feature can filter by rows it does not own
 * inside its own single query.
 */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}
