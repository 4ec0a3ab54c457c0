/**
 * A WHERE fragment with its named parameters, for TypeORM query builders. Policies and the
 * modules that own a table hand these out so that a feature can filter by rows it does not own
 * inside its own single query.
 */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * `:named` parameters → PostgreSQL's `$n`, for statements run with a bare `query(sql, values)`
 * (node-postgres, or TypeORM's `manager.query`): a name used twice binds one value. `::casts`
 * are left alone. Arrays bind as one array value (use `= ANY(:ids)`, not `IN (:...ids)`).
 */
export function toPositional(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/(?<!:):(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`SQL parameter :${name} has no value`);
    let n = index.get(name);
    if (n === undefined) {
      values.push(params[name]);
      index.set(name, (n = values.length));
    }
    return `$${n}`;
  });
  return [text, values];
}
