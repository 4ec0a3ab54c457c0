import { RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PUBLIC_CACHE_TAG_HEADER } from '@cumbre/contracts';
import { serverResponse } from './server-response';

describe('ServerResponse cache tags', () => {
  function page() {
    const init: ResponseInit = { status: 200 };
    TestBed.configureTestingModule({
      providers: [{ provide: RESPONSE_INIT, useValue: init }],
    });
    // Each resolver of a page makes its own; they answer for the same response.
    const a = TestBed.runInInjectionContext(serverResponse);
    const b = TestBed.runInInjectionContext(serverResponse);
    const tags = () => new Headers(init.headers).get(PUBLIC_CACHE_TAG_HEADER);
    return { a, b, tags };
  }

  it('adds what each read of the page declares, once each', () => {
    const { a, b, tags } = page();
    a.cacheTags(['announcements']);
    b.cacheTags(['meetings', 'announcements']);
    expect(tags()).toBe('announcements,meetings');
  });

  it('keeps a page out of the cache once a read failed, before or after the others', () => {
    const { a, b, tags } = page();
    a.cacheTags(['announcements']);
    b.uncacheable();
    expect(tags()).toBeNull();
    a.cacheTags(['announcements']);
    expect(tags()).toBeNull();
  });

  it('does nothing in the browser', () => {
    TestBed.configureTestingModule({});
    const r = TestBed.runInInjectionContext(serverResponse);
    expect(() => {
      r.cacheTags(['meetings']);
      r.uncacheable();
    }).not.toThrow();
  });
});
