import fc from 'fast-check';

// Values a hostile or broken client sends: odd text, wrong types, sizes past every limit.

/** Text that trips parsers and databases: lone surrogates, NUL, direction marks, emoji, BOM. */
export const ODD_TEXT = [
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  'nul\u0000byte',
  '\u0000',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '🦙🇵🇪👩🏽‍💻',
  '\ufeffbom',
  'e\u0301\u0301\u0301',
  '\u2028\u2029',
  '𝕮𝖚𝖒𝖇𝖗𝖊',
  '\uffff\ufffe',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  ' ',
  '',
];

export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_TEXT),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.constantFrom(...ODD_TEXT), fc.string({ maxLength: 10 })).map(([a, b]) => `${b}${a}${b}`),
);

/** A string longer than any field takes (bodies near the byte limit are sent whole elsewhere). */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(201, 255, 2_001, 20_001, 100_000), fc.constantFrom('a', 'é', '🦙', '\u0000'))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

/** Nested arrays or objects, around and past the depth limit. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 2, max: 80 }), fc.boolean())
  .map(([depth, asArray]) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
    return v;
  });

/** Any value of the wrong kind for a field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    '0',
    'null',
    'true',
    '1e309',
    '-0',
    'NaN',
    '2027-02-30T10:00:00-05:00',
    '9999-99-99',
    '00000000-0000-0000-0000-000000000000',
    [],
    {},
    [null],
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__":{"isAdmin":true}}'),
    { constructor: { prototype: { x: 1 } } },
  ),
  oddText,
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
);

/** An array far past any `maxItems` (the body limit allows 10,000 items per array). */
export const hugeArray: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.constantFrom(101, 1_001, 10_001),
    fc.constantFrom<unknown>(1, 'x', '00000000-0000-0000-0000-000000000000', {}),
  )
  .map(([n, item]) => Array.from({ length: n }, () => item));

/** Keys a schema never has, some of which have tripped object handling elsewhere. */
export const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'id',
    'version',
    'createdAt',
    'isAdmin',
    'platformRoles',
    '',
    '\ud800',
    '$where',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** JSON text that does not parse, or parses to something odd. */
export const malformedJson: fc.Arbitrary<string> = fc.constantFrom(
  '{',
  '}',
  '{"a":',
  '{"a" 1}',
  "{'a':1}",
  '{a:1}',
  '[1,2,,]',
  '{"a":1,}',
  'undefined',
  'NaN',
  '\u0000',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x41"}',
  '"just a string"',
  '12',
  'null',
  'true',
  '[]',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1}{"b":2}',
  ' ',
  '',
  '{"a":1e999999}',
  '{"a":' + '9'.repeat(400) + '}',
);

/** Text nested past the depth limit (body-limits.spec.ts checks the 150,000-deep case). */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(65, 100, 3_000, 20_000), fc.boolean())
  .map(([depth, asArray]) =>
    asArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

/** Content types a JSON route must refuse (or, for the JSON ones, parse as JSON). */
export const contentTypes: fc.Arbitrary<string | undefined> = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----cumbre',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/jsonx',
  'application/json, text/plain',
  ';;;',
  undefined,
);

/** Path parameter values: not UUIDs, odd UUIDs, encodings that do not decode. */
export const oddPathValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'null',
    'undefined',
    '0',
    '-1',
    '1e309',
    '%',
    '%zz',
    '%00',
    '%ED%A0%80',
    '%C0%AE%C0%AE',
    '..%2F..%2Fetc',
    '%F0%9F%A6%99',
    'a'.repeat(5_000),
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    '{00000000-0000-0000-0000-000000000000}',
    "'%20OR%201=1--",
  ),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeText),
);

/** Query values of every wrong kind; already encoded for a URL. */
export const oddQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e309',
    '99999999999999999999999',
    '-99999999999999999999999',
    'NaN',
    'Infinity',
    '0x10',
    '1.5',
    'true',
    'null',
    '%',
    '%ED%A0%80',
    '%00',
    '2027-02-30T10:00:00-05:00',
    'a'.repeat(3_000),
  ),
  oddText.map(encodeText),
);

/**
 * encodeURIComponent, except that text it cannot encode (a lone surrogate) goes out as the
 * invalid UTF-8 a broken client would send.
 */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd')).replace(/%EF%BF%BD/g, '%ED%A0%80');
  }
}
