import { auditOfInsertedSql } from './audit.service';
import { oneStatementSql } from './changes';
import type { AuditAction, AuditObjectType } from '@cumbre/contracts';

/** The log's own tests write events no feature writes (the registry, AUDIT_ACTIONS, is the features'). */
const act = (name: string) => name as AuditAction;
const obj = (name: string) => name as AuditObjectType;

const row = { sql: 'INSERT INTO thing (a, b) VALUES ($1, $2) RETURNING id', params: ['a', 'b'] };
const guard = { sql: 'guard_fn($1::text, $2::int)', params: ['k', 3] };
const audit = () =>
  auditOfInsertedSql('new_row', { action: act('thing.created'), objectType: obj('thing'), actor: null });

describe('oneStatementSql (Changes.insertOne)', () => {
  it('numbers each piece after the parameters of the pieces before it', () => {
    const a = audit();
    const sql = oneStatementSql([null, row, a, guard]);
    expect(sql).toContain('WITH new_row AS (INSERT INTO thing (a, b) VALUES ($1, $2) RETURNING id)');
    expect(sql).toContain('SELECT $3::varchar, $4::uuid, $5::varchar, $6::varchar, new_row.id::text');
    expect(sql).toContain('guard AS (SELECT guard_fn($10::text, $11::int) AS ok)');
    expect(sql).toMatch(/SELECT new_row\.id AS inserted_id FROM new_row, guard$/);
    expect([row, a, guard].flatMap((p) => p.params)).toHaveLength(11);
  });

  it('makes the statement once per shape: the same text for the same pieces, another without a guard', () => {
    const first = oneStatementSql([null, row, audit(), guard]);
    expect(oneStatementSql([null, row, audit(), guard])).toBe(first);
    const unguarded = oneStatementSql([null, row, audit(), null]);
    expect(unguarded).not.toContain('guard');
    expect(unguarded).toMatch(/SELECT new_row\.id AS inserted_id FROM new_row$/);
  });

  it('numbers anew when a piece of the same text carries another number of parameters', () => {
    const wider = { sql: row.sql, params: ['a', 'b', 'c'] };
    const sql = oneStatementSql([null, wider, audit(), guard]);
    expect(sql).toContain('SELECT $4::varchar');
    expect(sql).toContain('guard_fn($11::text, $12::int)');
  });

  it('with facts: reads them first, guards only when they are ok, and answers them beside the new id', () => {
    const facts = { sql: 'SELECT t.id, t.open AS ok FROM topic t WHERE t.slug = $1', params: ['s'] };
    const fromFacts = {
      sql: 'INSERT INTO thing (topic_id, a) SELECT facts.id, $1 FROM facts WHERE facts.ok RETURNING id',
      params: ['a'],
    };
    const sql = oneStatementSql([facts, fromFacts, audit(), guard]);
    expect(sql).toMatch(
      /^WITH facts AS \(SELECT t\.id, t\.open AS ok FROM topic t WHERE t\.slug = \$1\), new_row AS \(INSERT INTO thing \(topic_id, a\) SELECT facts\.id, \$2 FROM facts/,
    );
    expect(sql).toContain('guard AS (SELECT guard_fn($10::text, $11::int) AS ok FROM facts WHERE facts.ok)');
    expect(sql).toMatch(
      /SELECT facts\.\*, new_row\.id AS inserted_id FROM facts LEFT JOIN new_row ON TRUE LEFT JOIN guard ON TRUE$/,
    );
    // Another shape than the same pieces without facts.
    expect(oneStatementSql([null, fromFacts, audit(), guard])).not.toContain('facts AS');
  });

  it("takes the audit event's details from the inserted row when asked", () => {
    const fromRow = auditOfInsertedSql(
      'new_row',
      { action: act('thing.created'), objectType: obj('thing'), actor: null },
      'row',
    );
    expect(fromRow.sql).toContain('new_row.audit_details');
    expect(fromRow.params).toHaveLength(6);
    expect(audit().sql).toContain('$7::jsonb');
    expect(audit().params).toHaveLength(7);
  });
});
