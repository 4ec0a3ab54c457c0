import { ERROR_CODES, isErrorCode } from './errors';

describe('ERROR_CODES', () => {
  const entries = Object.entries(ERROR_CODES);

  it('names every code area first, in dotted lower snake case', () => {
    for (const [code] of entries) expect(code).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
  });

  it('gives every code an HTTP error status', () => {
    for (const [code, { status }] of entries) {
      expect({ code, ok: Number.isInteger(status) && status >= 400 && status <= 599 }).toEqual({ code, ok: true });
    }
  });

  it('has the codes the error filter falls back on', () => {
    for (const code of ['common.internal', 'common.not_found', 'common.bad_request', 'validation.failed']) {
      expect(isErrorCode(code)).toBe(true);
    }
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('no.such_code')).toBe(false);
  });
});
