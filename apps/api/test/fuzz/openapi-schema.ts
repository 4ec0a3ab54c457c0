import fc from 'fast-check';

// The parts of an OpenAPI 3 document the fuzzer reads: operations, their parameters and bodies.

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface DocumentedOperation {
  method: string;
  path: string;
  operation: Operation;
  /** `METHOD /path`, for reports. */
  name: string;
  bodySchema?: Schema;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function listOperations(doc: OpenApiDocument): DocumentedOperation[] {
  const out: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const content = operation.requestBody?.content;
      const bodySchema = content ? Object.values(content)[0]?.schema : undefined;
      out.push({ method: method.toUpperCase(), path, operation, name: `${method.toUpperCase()} ${path}`, bodySchema });
    }
  }
  return out;
}

/** Follows `$ref` and merges `allOf`, so that the generators see plain schemas. */
export function resolveSchema(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let hops = 0; s.$ref && hops < 20; hops++) {
    const name = s.$ref.replace('#/components/schemas/', '');
    s = doc.components?.schemas?.[name] ?? {};
  }
  if (s.allOf) {
    const parts = s.allOf.map((p) => resolveSchema(doc, p));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return s;
}

const ISO_DATE = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/**
 * A value that fits the schema as the document describes it (types, formats, enums, lengths),
 * the raw material that mutations then spoil. Depth-limited: a schema that refers to itself
 * stops at an empty object.
 */
export function conformingValue(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(doc, schema);
  if (depth > 6) return fc.constant({});
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => conformingValue(doc, a, depth + 1)));
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  const withExample = (arb: fc.Arbitrary<unknown>) =>
    s.example !== undefined ? fc.oneof(fc.constant(s.example), arb) : arb;
  switch (s.type) {
    case 'string': {
      if (s.format === 'uuid') return fc.uuid();
      if (s.format === 'date-time') return ISO_DATE;
      if (s.format === 'email') return fc.emailAddress();
      const minLength = s.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxLength ?? 40, 40));
      return withExample(fc.string({ minLength, maxLength }));
    }
    case 'number':
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: Math.min(s.maximum ?? 1000, 1_000_000) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(conformingValue(doc, s.items, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) });
    default: {
      if (!s.properties) return withExample(fc.constant({}));
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, prop] of Object.entries(s.properties)) record[key] = conformingValue(doc, prop, depth + 1);
      return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in record) });
    }
  }
}
