import { isExistingDateTime } from './calendar-date';

describe('isExistingDateTime', () => {
  it.each([
    '2027-02-28T10:00:00-05:00',
    '2028-02-29T10:00:00-05:00',
    '2026-12-31',
    '2026-12-05 23:59:59.999Z',
    '2026-04-30T00:00+0530',
  ])('accepts %s', (value) => expect(isExistingDateTime(value)).toBe(true));

  it.each([
    '2027-02-30T10:00:00-05:00',
    '2027-02-29T10:00:00-05:00',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-12-00T10:00:00Z',
    '2026-12-05T24:00:00Z',
    '2026-12-05T10:60:00Z',
    '2026-12-05T10:00:60Z',
    '2026-12-05T10:00:00-25:00',
    '2026-12-05T10:00:00+05:75',
  ])('refuses %s', (value) => expect(isExistingDateTime(value)).toBe(false));
});
