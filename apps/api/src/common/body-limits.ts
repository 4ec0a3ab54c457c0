import { ApiError } from './api-error';
import type { FastifyInstance } from 'fastify';

/**
 * What a request body may be. No request shape we accept comes near these; they exist so that
 * validation (recursive, in class-validator) and our own walks only ever see bounded input.
 */
export const BODY_LIMITS = {
  /** Bytes; Fastify answers 413 above it. */
  maxBytes: 1024 * 1024,
  /** Objects and arrays inside each other. */
  maxDepth: 64,
  /** Items in any one array (a sharing group may list 1,000 agencies). */
  maxArrayLength: 10_000,
} as const;

export type BodyLimits = { maxDepth: number; maxArrayLength: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Checks the nesting depth and array lengths of JSON text before it is parsed, in one pass
 * with no recursion and memory bounded by the depth limit: a body nested a million levels deep
 * is refused after reading 65 brackets. Malformed text is left for the parser to report.
 *
 * @returns why the body is refused, or null
 */
export function checkJsonShape(text: string, limits: BodyLimits = BODY_LIMITS): ApiError | null {
  const { maxDepth, maxArrayLength } = limits;
  // Per open level: whether it is an array, and how many commas it has seen.
  const isArray = new Uint8Array(maxDepth + 1);
  const commas = new Uint32Array(maxDepth + 1);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth > maxDepth)
        return new ApiError('validation.too_deep', `the body is nested more than ${maxDepth} levels deep`, {
          params: { max: maxDepth },
        });
      isArray[depth] = c === OPEN_ARRAY ? 1 : 0;
      commas[depth] = 0;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth > 0) depth--;
    } else if (c === COMMA && depth > 0 && isArray[depth] === 1) {
      commas[depth]++;
      if (commas[depth] >= maxArrayLength)
        return new ApiError('validation.too_many', `an array in the body has more than ${maxArrayLength} items`, {
          params: { max: maxArrayLength },
        });
    }
  }
  return null;
}

// With the u flag a lone surrogate is a code point of its own (category Cs); a valid pair is not.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The dotted path of the first string (or property name) that is not well-formed Unicode, i.e.
 * holds a lone UTF-16 surrogate as `"\ud800"` can write; null when there is none. Iterative, so
 * the depth of the value does not matter.
 */
export function findMalformedText(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return path || 'body';
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const entries = Object.entries(item);
    // Pushed last to first, so the first offending field in document order is named.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (LONE_SURROGATE.test(key)) return path || 'body';
      stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

/**
 * Bodies are JSON and nothing else: any other content type (a form post a foreign page can make
 * a browser send, text/plain) is a 415 before routing. The JSON parser refuses, with a 400 and
 * before any guard or pipe runs, bodies too deep, with too long arrays, or with text that is not
 * well-formed Unicode; Fastify's own parser (with its prototype-poisoning protection) does the
 * parsing. Call before any route is registered.
 */
export function registerJsonBodyParser(instance: FastifyInstance, limits: BodyLimits = BODY_LIMITS): void {
  const parseJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const problem = checkJsonShape(text, limits);
    if (problem) return done(problem, undefined);
    parseJson(request, text, (err: Error | null, parsed?: unknown) => {
      if (err) return done(err, undefined);
      const field = findMalformedText(parsed);
      if (field) {
        const message = `${field} must be well-formed Unicode text (it holds a lone UTF-16 surrogate)`;
        return done(
          new ApiError('validation.not_well_formed', message, {
            field,
            fields: [{ field, code: 'validation.not_well_formed', message }],
          }),
          undefined,
        );
      }
      done(null, parsed);
    });
  });
}
