import { auditOfInsertedSql } from './audit.service';
import { oneStatementSql } from './changes';

const row = { sql: 'INSERT INTO thing (a, b) VALUES ($1, $2) RETURNING id', params: ['a', 'b'] };
const guard = { sql: 'guard_fn($1::text, $2::int)', params: ['k', 3] };
const audit = () => auditOfInsertedSql('new_row', { action: 'thing.created', objectType: 'thing', actor: null });

describe('oneStatementSql (Changes.insertOne)', () => {
  it('numbers each piece after the parameters of the pieces before it', () => {
    const a = audit();
    const sql = oneStatementSql([row, a, guard]);
    expect(sql).toContain('WITH new_row AS (INSERT INTO thing (a, b) VALUES ($1, $2) RETURNING id)');
    expect(sql).toContain('SELECT $3::varchar, $4::uuid, $5::varchar, $6::varchar, new_row.id::text');
    expect(sql).toContain('guard AS (SELECT guard_fn($10::text, $11::int) AS ok)');
    expect(sql).toMatch(/SELECT new_row\.id FROM new_row, guard$/);
    expect([row, a, guard].flatMap((p) => p.params)).toHaveLength(11);
  });

  it('makes the statement once per shape: the same text for the same pieces, another without a guard', () => {
    const first = oneStatementSql([row, audit(), guard]);
    expect(oneStatementSql([row, audit(), guard])).toBe(first);
    const unguarded = oneStatementSql([row, audit()]);
    expect(unguarded).not.toContain('guard');
    expect(unguarded).toMatch(/SELECT new_row\.id FROM new_row$/);
  });

  it('numbers anew when a piece of the same text carries another number of parameters', () => {
    const wider = { sql: row.sql, params: ['a', 'b', 'c'] };
    const sql = oneStatementSql([wider, audit(), guard]);
    expect(sql).toContain('SELECT $4::varchar');
    expect(sql).toContain('guard_fn($11::text, $12::int)');
  });
});
