import { TestBed } from '@angular/core/testing';
import type { Page } from '@cumbre/contracts';
import { PagedSearch, PageQuery } from './paged-search';

describe('PagedSearch', () => {
  afterEach(() => vi.useRealTimers());

  function create(debounce = 250) {
    const asked: PageQuery[] = [];
    const search = TestBed.runInInjectionContext(
      () =>
        new PagedSearch<string>(
          async (query): Promise<Page<string>> => {
            asked.push(query);
            return { items: [], total: 0, limit: query.limit, offset: query.offset };
          },
          { pageSize: 20, debounce, maxLength: 10 },
        ),
    );
    return { search, asked };
  }

  it('reads the first page, then the page asked for', async () => {
    const { search, asked } = create();
    search.reload();
    search.goTo(40);
    expect(asked).toEqual([
      { text: undefined, limit: 20, offset: 0 },
      { text: undefined, limit: 20, offset: 40 },
    ]);
    expect(search.offset()).toBe(40);
  });

  it('searches once typing pauses, from the first page, trimmed; too long is not sent', () => {
    vi.useFakeTimers();
    const { search, asked } = create(300);
    search.goTo(20);
    search.text.setValue(' Pi');
    search.text.setValue(' Piura ');
    vi.advanceTimersByTime(299);
    expect(asked).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(asked[1]).toEqual({ text: 'Piura', limit: 20, offset: 0 });
    search.text.setValue('x'.repeat(11));
    vi.advanceTimersByTime(300);
    expect(asked[2]).toEqual({ text: undefined, limit: 20, offset: 0 });
  });
});
