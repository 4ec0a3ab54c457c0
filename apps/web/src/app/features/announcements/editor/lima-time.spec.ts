import { isoToLimaInput, limaInputToIso } from './lima-time';

describe('lima-time', () => {
  it('reads the field as Lima wall time (UTC−5)', () => {
    expect(limaInputToIso('2026-12-05T09:00')).toBe('2026-12-05T14:00:00.000Z');
  });

  it('crosses midnight correctly', () => {
    expect(limaInputToIso('2026-12-31T21:30')).toBe('2027-01-01T02:30:00.000Z');
  });

  it('refuses an empty or malformed value', () => {
    expect(limaInputToIso('')).toBeNull();
    expect(limaInputToIso('05/12/2026 09:00')).toBeNull();
  });

  it('shows a stored instant in Lima', () => {
    expect(isoToLimaInput('2026-12-05T14:00:00.000Z')).toBe('2026-12-05T09:00');
    expect(isoToLimaInput(null)).toBe('');
  });
});
