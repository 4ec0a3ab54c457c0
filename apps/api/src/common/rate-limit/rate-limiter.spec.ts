import { QueryFailedError } from 'typeorm';
import { RATE_LIMITED_SQLSTATE, refusalIn } from './rate-limiter';

describe('refusalIn: the refusal a one-statement write failed with', () => {
  const driverError = (code: string, detail?: string) => Object.assign(new Error('rate limited'), { code, detail });

  it('reads the refusal rate_limit_require puts in the error detail, through TypeORM or straight from pg', () => {
    const detail = JSON.stringify({ keyIndex: 1, retryAfterSeconds: 12, limit: 'gap' });
    const expected = { keyIndex: 1, retryAfterSeconds: 12, limit: 'gap' };
    expect(refusalIn(new QueryFailedError('WITH …', [], driverError(RATE_LIMITED_SQLSTATE, detail)))).toEqual(expected);
    expect(refusalIn(driverError(RATE_LIMITED_SQLSTATE, detail))).toEqual(expected);
  });

  it('is null for any other failure', () => {
    expect(refusalIn(new QueryFailedError('INSERT …', [], driverError('23503', 'Key (announcement_id)…')))).toBeNull();
    expect(refusalIn(new Error('connection terminated'))).toBeNull();
    expect(refusalIn(null)).toBeNull();
    expect(refusalIn(driverError(RATE_LIMITED_SQLSTATE))).toBeNull();
  });
});
