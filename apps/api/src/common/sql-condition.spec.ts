import { toPositional } from './sql-condition';

describe('toPositional', () => {
  it('numbers named parameters in order, one value per name', () => {
    expect(toPositional('a = :x AND b = :y OR c = :x', { x: 1, y: 'two' })).toEqual([
      'a = $1 AND b = $2 OR c = $1',
      [1, 'two'],
    ]);
  });

  it('leaves casts alone and binds arrays as one value', () => {
    expect(toPositional("x = ANY(:ids::uuid[]) AND y::text = '{}'::json::text", { ids: ['a', 'b'] })).toEqual([
      "x = ANY($1::uuid[]) AND y::text = '{}'::json::text",
      [['a', 'b']],
    ]);
  });

  it('refuses a parameter without a value', () => {
    expect(() => toPositional('a = :missing', {})).toThrow(':missing');
  });
});
