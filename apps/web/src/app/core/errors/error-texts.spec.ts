import { ERROR_CODES, type ErrorCode } from '@cumbre/contracts';
import { COMMON } from '../i18n/common.messages';

describe('error texts', () => {
  // Iterates the registry itself: a code added to libs/contracts without words fails here.
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];

  it('words every code the API can emit in Spanish and in English', () => {
    const missing = codes.filter((code) => !COMMON.es[code]?.trim() || !COMMON.en[code]?.trim());
    expect(missing).toEqual([]);
    expect(codes.length).toBeGreaterThan(50);
  });

  it('uses in each language the same placeholders', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    const differ = codes.filter((code) => holes(COMMON.es[code]) !== holes(COMMON.en[code]));
    expect(differ).toEqual([]);
  });
});
