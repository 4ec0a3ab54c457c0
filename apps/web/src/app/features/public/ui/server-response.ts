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

  /** What the page shows (PUBLIC_CACHE_TAGS); without tags a page is never cached. */
  cacheTags(tags: string[]): void {
    if (!this.init) return;
    const headers = new Headers(this.init.headers);
    headers.set(PUBLIC_CACHE_TAG_HEADER, tags.join(','));
    this.init.headers = headers;
  }
}

/** Call in an injection context (a resolver, a field initializer). */
export function serverResponse(): ServerResponse {
  return new ServerResponse();
}
