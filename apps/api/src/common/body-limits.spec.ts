import { BODY_LIMITS, checkJsonShape, findMalformedText } from './body-limits';

describe('JSON body shape check', () => {
  it('refuses a million levels of nesting without recursing (no RangeError)', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(() => checkJsonShape(deep)).not.toThrow();
    expect(checkJsonShape(deep)?.message).toBe(`the body is nested more than ${BODY_LIMITS.maxDepth} levels deep`);
    expect(checkJsonShape(deep)?.code).toBe('validation.too_deep');
    const objects = '{"a":'.repeat(1_000_000) + '1' + '}'.repeat(1_000_000);
    expect(checkJsonShape(objects)?.message).toMatch(/nested more than 64 levels/);
  });

  it('accepts nesting up to the limit and counts brackets inside strings as text', () => {
    expect(checkJsonShape('['.repeat(64) + ']'.repeat(64))).toBeNull();
    expect(checkJsonShape('['.repeat(65) + ']'.repeat(65))).not.toBeNull();
    expect(checkJsonShape(JSON.stringify({ title: '[[[[{{{{'.repeat(100), q: 'a\\"[[[' }))).toBeNull();
  });

  it('bounds the items of any array, nested or not, but not commas in objects or strings', () => {
    const items = (n: number) => `[${Array.from({ length: n }, () => '0').join(',')}]`;
    expect(checkJsonShape(items(10_000))).toBeNull();
    expect(checkJsonShape(items(10_001))?.message).toBe('an array in the body has more than 10000 items');
    expect(checkJsonShape(items(10_001))?.code).toBe('validation.too_many');
    expect(checkJsonShape(`{"a":[1,2],"b":{"x":${items(10_001)}}}`)).not.toBeNull();
    expect(checkJsonShape(`[${items(3)},${items(3)}]`, { maxDepth: 8, maxArrayLength: 3 })).toBeNull();
    expect(checkJsonShape(JSON.stringify({ s: ','.repeat(20_000) }))).toBeNull();
  });

  it('names the first string that is not well-formed Unicode, at any depth', () => {
    expect(findMalformedText({ email: '\ud800', password: 'x' })).toBe('email');
    expect(findMalformedText({ a: 'ok', venue: { name: 'Sala \udfff' } })).toBe('venue.name');
    expect(findMalformedText({ ids: ['ok', 'x\ud83d'] })).toBe('ids.1');
    expect(findMalformedText({ emoji: '😀 Perú', n: 1, z: null })).toBeNull();
    expect(findMalformedText({ a: { '\ud800': 1 } })).toBe('a');
    expect(findMalformedText('\udc00')).toBe('body');
  });
});
