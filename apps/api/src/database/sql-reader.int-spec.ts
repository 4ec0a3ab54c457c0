import { useTestApp } from '../../test/test-app';
import { SqlReader } from './sql-reader';

describe('SqlReader on PostgreSQL', () => {
  const t = useTestApp();

  it('answers the same rows prepared, and the connection keeps the statement for the next call', async () => {
    const reader = t.app.get(SqlReader);
    const sql = 'SELECT id, name FROM organization WHERE id = $1';
    const [org] = await t.db.query('SELECT id, name FROM organization ORDER BY name LIMIT 1');
    expect(await reader.query(sql, [org.id])).toEqual([org]);
    // Calls one after another get the same idle connection back: it holds the statement, by text.
    const held = await reader.query<{ statement: string; parameter_types: string[] }>(
      'SELECT statement, parameter_types::text[] AS parameter_types FROM pg_prepared_statements WHERE statement = $1',
      [sql],
    );
    expect(held).toEqual([{ statement: sql, parameter_types: ['uuid'] }]);
    expect(await reader.query(sql, [org.id])).toEqual([org]);
  });

  it('replans a prepared statement after the table it reads changes', async () => {
    const reader = t.app.get(SqlReader);
    const sql = 'SELECT count(*)::int AS n FROM organization WHERE name LIKE $1';
    const before = await reader.query<{ n: number }>(sql, ['%']);
    await t.db.query('CREATE INDEX sql_reader_probe ON organization (name)');
    try {
      expect(await reader.query<{ n: number }>(sql, ['%'])).toEqual(before);
    } finally {
      await t.db.query('DROP INDEX sql_reader_probe');
    }
    expect(await reader.query<{ n: number }>(sql, ['%'])).toEqual(before);
  });
});
