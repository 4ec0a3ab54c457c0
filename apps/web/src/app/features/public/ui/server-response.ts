import { inject, RESPONSE_INIT } from '@angular/core';
import { PUBLIC_CACHE_TAG_HEADER } from '@cumbre/contracts';

/**
 * The HTTP answer of a server-rendered page, from a resolver or a component: its status (a
 * real 404 for an unknown announcement, 301 for an old slug) and the cache tags that let the API
 * keep the rendered HTML until something it shows changes. In the browser it does nothing.
 */
export class ServerResponse {
  private readonly init = inject(RESPONSE_INIT, { optional: true });

  status(code: number): void {
    if (this.init) this.init.status = code;
  }

  /**
   * What the page shows (PUBLIC_CACHE_TAGS), added to what its other reads declared: the page is
   * kept until one of them changes. Without tags a page is never cached.
   */
  cacheTags(tags: string[]): void {
    if (!this.init || UNCACHEABLE.has(this.init)) return;
    const headers = new Headers(this.init.headers);
    const declared = (headers.get(PUBLIC_CACHE_TAG_HEADER) ?? '').split(',').filter(Boolean);
    headers.set(PUBLIC_CACHE_TAG_HEADER, [...new Set([...declared, ...tags])].join(','));
    this.init.headers = headers;
  }

  /**
   * A part of the page could not be read, and the page shows it without that part: it must
   * not be kept, whatever its other reads declared.
   */
  uncacheable(): void {
    if (!this.init) return;
    UNCACHEABLE.add(this.init);
    const headers = new Headers(this.init.headers);
    headers.delete(PUBLIC_CACHE_TAG_HEADER);
    this.init.headers = headers;
  }
}

/** The responses (one per rendered request) that a failed read has barred from the cache. */
const UNCACHEABLE = new WeakSet<ResponseInit>();

/** Call in an injection context (a resolver, a field initializer). */
export function serverResponse(): ServerResponse {
  return new ServerResponse();
}
