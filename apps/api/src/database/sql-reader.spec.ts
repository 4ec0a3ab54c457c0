import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { MAX_PREPARED_STATEMENTS, SqlReader } from './sql-reader';

type Sent = string | { name: string; text: string; values: unknown[] };

/** A reader on a pool that records what it is sent and answers one row. */
function readerOnFakePool(fail = false) {
  const sent: Sent[] = [];
  const pool = {
    query: async (q: Sent) => {
      sent.push(q);
      if (fail) throw new Error('relation "nowhere" does not exist');
      return { rows: [{ ok: true }] };
    },
  };
  const reader = new SqlReader({ driver: { master: pool } } as unknown as DataSource);
  return { reader, sent };
}

describe('SqlReader', () => {
  it('sends each statement as a named prepared statement, the same name for the same text', async () => {
    const { reader, sent } = readerOnFakePool();
    await reader.query('SELECT 1 WHERE $1::int = 1', [1]);
    await reader.query('SELECT 1 WHERE $1::int = 1', [2]);
    await reader.query('SELECT 2', []);
    const [a, b, c] = sent as { name: string; text: string; values: unknown[] }[];
    expect(a).toEqual({
      name: expect.stringMatching(/^cumbre_[0-9a-f]{32}$/),
      text: 'SELECT 1 WHERE $1::int = 1',
      values: [1],
    });
    expect(b.name).toBe(a.name);
    expect(b.values).toEqual([2]);
    expect(c.name).not.toBe(a.name);
    expect(reader.preparedCount).toBe(2);
  });

  it(`prepares at most ${MAX_PREPARED_STATEMENTS} texts; past that, statements run unprepared`, async () => {
    const { reader, sent } = readerOnFakePool();
    for (let i = 0; i < MAX_PREPARED_STATEMENTS + 2; i++) await reader.query(`SELECT ${i}`);
    expect(reader.preparedCount).toBe(MAX_PREPARED_STATEMENTS);
    expect(sent.at(-1)).toBe(`SELECT ${MAX_PREPARED_STATEMENTS + 1}`);
    // A text prepared before the bound keeps its name.
    await reader.query('SELECT 0');
    expect(sent.at(-1)).toMatchObject({ text: 'SELECT 0', name: expect.stringMatching(/^cumbre_/) });
  });

  it('reports a failed statement as TypeORM does (QueryFailedError with the statement)', async () => {
    const { reader } = readerOnFakePool(true);
    await expect(reader.query('SELECT * FROM nowhere')).rejects.toBeInstanceOf(QueryFailedError);
    await expect(reader.query('SELECT * FROM nowhere')).rejects.toMatchObject({ query: 'SELECT * FROM nowhere' });
  });
});
