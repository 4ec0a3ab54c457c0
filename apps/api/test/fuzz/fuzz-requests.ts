import fc from 'fast-check';
import {
  contentTypes,
  deepJsonText,
  deepValue,
  encodeText,
  extraKey,
  hugeArray,
  hugeText,
  malformedJson,
  oddPathValue,
  oddQueryValue,
  oddText,
  wrongValue,
} from './hostile-input';
import { conformingValue, type DocumentedOperation, type OpenApiDocument, type Parameter } from './openapi-schema';

/** One generated request, ready for `app.inject()`. */
export interface FuzzRequest {
  /** What was spoiled, for the report. */
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

type Mutation =
  | { at: number; kind: 'wrong-type'; value: unknown }
  | { at: number; kind: 'drop' }
  | { at: number; kind: 'extra'; key: string; value: unknown }
  | { at: number; kind: 'huge-text'; value: string }
  | { at: number; kind: 'huge-array'; value: unknown[] }
  | { at: number; kind: 'deep'; value: unknown }
  | { at: number; kind: 'odd-text'; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('wrong-type' as const), value: wrongValue }),
  fc.record({ at: fc.nat(), kind: fc.constant('drop' as const) }),
  fc.record({ at: fc.nat(), kind: fc.constant('extra' as const), key: extraKey, value: wrongValue }),
  fc.record({ at: fc.nat(), kind: fc.constant('huge-text' as const), value: hugeText }),
  fc.record({ at: fc.nat(), kind: fc.constant('huge-array' as const), value: hugeArray }),
  fc.record({ at: fc.nat(), kind: fc.constant('deep' as const), value: deepValue }),
  fc.record({ at: fc.nat(), kind: fc.constant('odd-text' as const), value: oddText }),
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in a JSON value that a mutation can change, parents before children. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i });
        walk(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        out.push({ parent: value as Record<string, unknown>, key });
        walk(item);
      }
    }
  };
  walk(root);
  return out;
}

/** Applies mutations to a copy of `value`; the root itself may be replaced. */
export function mutate(value: unknown, mutations: Mutation[]): unknown {
  const box: Record<string, unknown> = { root: structuredClone(value) };
  for (const original of mutations) {
    // A copy: fast-check hands out the same constant objects again, which must never grow.
    const m = 'value' in original ? { ...original, value: structuredClone(original.value) } : original;
    const places: Slot[] = [{ parent: box, key: 'root' }, ...slots(box['root'])];
    const { parent, key } = places[m.at % places.length];
    const target = (parent as Record<string | number, unknown>)[key];
    switch (m.kind) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent !== box) delete (parent as Record<string, unknown>)[key];
        else box['root'] = undefined;
        break;
      case 'extra':
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
          // defineProperty, so that "__proto__" becomes an own key as JSON text would make it.
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          (parent as Record<string | number, unknown>)[key] = { [m.key]: m.value };
        }
        break;
      default:
        (parent as Record<string | number, unknown>)[key] = m.value;
    }
  }
  return box['root'];
}

type Body = Pick<FuzzRequest, 'kind' | 'headers' | 'payload'>;

const jsonHeaders = { 'content-type': 'application/json' };

/** The body of a request: spoiled JSON, text that is not JSON, or a wrong content type. */
function bodies(doc: OpenApiDocument, op: DocumentedOperation): fc.Arbitrary<Body> {
  const conforming = conformingValue(doc, op.bodySchema);
  const encode = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  const w = (weight: number, arbitrary: fc.Arbitrary<Body>) => ({ weight, arbitrary });
  return fc.oneof(
    w(
      op.bodySchema ? 8 : 1,
      fc.tuple(conforming, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, ms]) => ({
        kind: `body:${ms.map((m) => m.kind).join('+')}`,
        headers: jsonHeaders,
        payload: encode(mutate(value, ms)),
      })),
    ),
    w(
      2,
      conforming.map((value) => ({ kind: 'body:conforming', headers: jsonHeaders, payload: encode(value) })),
    ),
    w(1, fc.constant({ kind: 'body:none', headers: {}, payload: undefined })),
    w(
      2,
      fc
        .oneof(
          malformedJson,
          fc.tuple(conforming, fc.nat()).map(([v, n]) => JSON.stringify(v ?? {}).slice(0, n % 40)),
        )
        .map((payload) => ({ kind: 'body:malformed-json', headers: jsonHeaders, payload })),
    ),
    w(
      1,
      deepJsonText.map((payload) => ({ kind: 'body:deep-text', headers: jsonHeaders, payload })),
    ),
    w(
      1,
      fc
        .constantFrom(1_048_577)
        .map((n) => ({ kind: 'body:too-large', headers: jsonHeaders, payload: `{"a":"${'x'.repeat(n)}"}` })),
    ),
    w(
      2,
      fc.tuple(contentTypes, conforming, fc.boolean()).map(
        ([type, value, asForm]): Body => ({
          kind: `content-type:${type ?? 'none'}`,
          headers: type === undefined ? {} : { 'content-type': type },
          payload: asForm ? 'email=a%40b.pe&password=x&title=t' : JSON.stringify(value ?? {}),
        }),
      ),
    ),
  );
}

function pathValue(knownIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: knownIds.length ? fc.constantFrom(...knownIds) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: oddPathValue },
  );
}

/** Query pairs: documented names with odd values, repeats of one key, unknown keys. */
function queryString(doc: OpenApiDocument, params: Parameter[]): fc.Arbitrary<string> {
  const named = params.map((p) =>
    fc.option(
      fc.oneof(
        conformingValue(doc, p.schema).map((v) => [encodeText(p.name), encodeText(String(v))]),
        oddQueryValue.map((v) => [encodeText(p.name), v]),
        fc
          .array(oddQueryValue, { minLength: 2, maxLength: 4 })
          .map((vs) => vs.map((v) => [encodeText(p.name), v]).flat()),
        oddQueryValue.map((v) => [`${encodeText(p.name)}[]`, v]),
        oddQueryValue.map((v) => [`${encodeText(p.name)}[a][b]`, v]),
      ),
      { nil: undefined },
    ),
  );
  const extra = fc.array(
    fc.tuple(extraKey.map(encodeText), oddQueryValue).map(([k, v]) => [k, v]),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...named), extra, fc.boolean()).map(([pairs, more, oddSeparators]) => {
    const flat: string[] = [];
    for (const p of [...pairs, ...more]) {
      if (!p) continue;
      for (let i = 0; i < p.length; i += 2) flat.push(`${p[i]}=${p[i + 1]}`);
    }
    return flat.length ? `?${flat.join(oddSeparators ? '&&;&' : '&')}` : oddSeparators ? '?&=&' : '';
  });
}

/** Requests for one operation: its path with odd or real ids, odd queries, spoiled bodies. */
export function requestsFor(
  doc: OpenApiDocument,
  op: DocumentedOperation,
  knownIds: string[],
): fc.Arbitrary<FuzzRequest> {
  const params = op.operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  const body = hasBody
    ? bodies(doc, op)
    : fc.oneof(
        { weight: 6, arbitrary: fc.constant<Body>({ kind: 'no-body', headers: {}, payload: undefined }) },
        { weight: 1, arbitrary: bodies(doc, op).map((b) => ({ ...b, kind: `unexpected-${b.kind}` })) },
      );
  return fc
    .tuple(fc.tuple(...pathParams.map(() => pathValue(knownIds))), queryString(doc, queryParams), body)
    .map(([values, query, b]) => {
      let url = op.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, values[i])));
      return { method: op.method, url: `${url}${query}`, ...b };
    });
}
