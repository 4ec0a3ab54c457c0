import type { DataSource } from 'typeorm';
import { IdempotencyService, type IdempotencyContext } from './idempotency.service';

// Found by the fault test: a create that failed while PostgreSQL was away could not give its
// claim back, and its retries got 409 for a minute after the database returned.
describe('IdempotencyService: a claim that could not be given back', () => {
  const ctx: IdempotencyContext = {
    key: 'k-1',
    userId: 'u-1',
    route: 'POST /api/meetings',
    requestHash: 'h',
    status: 201,
    completed: false,
  };

  function fakeDataSource(opts: { releaseFails: boolean }) {
    const staleSeconds: unknown[] = [];
    const ds = {
      transaction: async (work: (m: unknown) => Promise<unknown>) =>
        work({
          query: async (_sql: string, params: unknown[]) => {
            staleSeconds.push(params[4]);
            return [{ key: ctx.key }];
          },
        }),
      query: async () => {
        if (opts.releaseFails) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return [];
      },
    };
    return { ds: ds as unknown as DataSource, staleSeconds };
  }

  it('is taken over by the next retry on this instance at once', async () => {
    const { ds, staleSeconds } = fakeDataSource({ releaseFails: true });
    const service = new IdempotencyService(ds);
    await service.claim(ctx);
    await expect(service.release(ctx)).rejects.toThrow('ECONNREFUSED');
    await service.claim(ctx);
    await service.claim(ctx);
    // 60 s (the staleness rule) first; 0 for the retry after the failed release; then 60 s again.
    expect(staleSeconds).toEqual([60, 0, 60]);
  });

  it('a claim given back normally keeps the staleness rule', async () => {
    const { ds, staleSeconds } = fakeDataSource({ releaseFails: false });
    const service = new IdempotencyService(ds);
    await service.claim(ctx);
    await service.release(ctx);
    await service.claim(ctx);
    expect(staleSeconds).toEqual([60, 60]);
  });
});
