import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { KeysetPage } from '@cumbre/contracts';
import { ApiError } from '../../../core/api/api-error';
import { KeysetList } from './keyset-list';
import { MoreLink } from './more-link';

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

describe('MoreLink', () => {
  it('links to the next page and, given the list, grows it in place on a click', async () => {
    const fetch = vi.fn(async () => ({ items: [2], nextCursor: null }));
    const list = TestBed.runInInjectionContext(
      () => new KeysetList<number>(() => ({ items: [1], nextCursor: 'c2' }), fetch),
    );
    const fixture = TestBed.createComponent(MoreLink);
    fixture.componentRef.setInput('list', list);
    fixture.componentRef.setInput('path', '/reuniones-publicas');
    fixture.componentRef.setInput('keep', { cuando: 'pasadas' });
    fixture.componentRef.setInput('param', 'despues');
    fixture.componentRef.setInput('label', 'Más');
    fixture.componentRef.setInput('busyLabel', 'Cargando…');
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a');
    expect(link?.getAttribute('href')).toBe('/reuniones-publicas?cuando=pasadas&despues=c2');
    link?.click();
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledWith('c2');
    expect(list.items()).toEqual([1, 2]);
    expect((fixture.nativeElement as HTMLElement).querySelector('a')).toBeNull();
  });

  it('without a list is a plain link, and nothing without a cursor', async () => {
    const fixture = TestBed.createComponent(MoreLink);
    fixture.componentRef.setInput('path', '/buenas-practicas');
    fixture.componentRef.setInput('param', 'despues');
    fixture.componentRef.setInput('cursor', 'c9');
    fixture.componentRef.setInput('label', 'Más');
    fixture.componentRef.setInput('busyLabel', 'Más');
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/buenas-practicas?despues=c9');
    fixture.componentRef.setInput('cursor', null);
    await fixture.whenStable();
    expect(root.querySelector('a')).toBeNull();
  });
});
