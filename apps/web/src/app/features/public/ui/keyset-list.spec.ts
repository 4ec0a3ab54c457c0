import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { KeysetPage } from '@cumbre/contracts';
import { ApiError } from '../../../core/api/api-error';
import { KeysetList } from './keyset-list';

describe('KeysetList', () => {
  function listOf(first: KeysetPage<number>, fetch: (after: string) => Promise<KeysetPage<number>>) {
    const page = signal(first);
    const list = TestBed.runInInjectionContext(() => new KeysetList(() => page(), fetch));
    return { page, list };
  }

  it('starts from the first page and appends the next one', async () => {
    const { list } = listOf({ items: [1, 2], nextCursor: 'c2' }, async (after) =>
      after === 'c2' ? { items: [3], nextCursor: null } : { items: [], nextCursor: null },
    );
    expect(list.items()).toEqual([1, 2]);
    await list.more('c2');
    expect(list.items()).toEqual([1, 2, 3]);
    expect(list.next()).toBeNull();
    expect(list.busy()).toBe(false);
  });

  it('keeps the list and cursor when a page fails, and words the failure', async () => {
    const { list } = listOf({ items: [1], nextCursor: 'c2' }, () =>
      Promise.reject(new ApiError(503, null, null, {}, [], null)),
    );
    await list.more('c2');
    expect(list.items()).toEqual([1]);
    expect(list.next()).toBe('c2');
    expect(list.error()).not.toBe('');
  });

  it('starts again when the resolver hands over a new first page', async () => {
    const { page, list } = listOf({ items: [1], nextCursor: 'c2' }, async () => ({
      items: [2],
      nextCursor: null,
    }));
    await list.more('c2');
    page.set({ items: [9], nextCursor: 'c9' });
    expect(list.items()).toEqual([9]);
    expect(list.next()).toBe('c9');
  });
});
