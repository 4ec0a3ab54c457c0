import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { DestroyRef, inject, PLATFORM_ID } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/** How long to wait for a lazy page to render its heading before settling for `<main>`. */
const HEADING_WAIT_MS = 1500;

/**
 * After navigating to another page, moves focus to its heading, so that a screen reader reads
 * where the user landed and Tab starts from the page's top. A change of query parameters only
 * (a filter, the calendar's month) keeps the focus where it is. The first load keeps the
 * browser's own focus. Call it in a layout's constructor.
 */
export function focusHeadingOnNavigation(): void {
  if (!isPlatformBrowser(inject(PLATFORM_ID))) return;
  const router = inject(Router);
  const document = inject(DOCUMENT);
  let lastPath: string | null = null;
  const subscription = router.events.subscribe((event) => {
    if (!(event instanceof NavigationEnd)) return;
    const path = event.urlAfterRedirects.split(/[?#]/)[0];
    const first = lastPath === null;
    const samePage = path === lastPath;
    lastPath = path;
    if (first || samePage) return;
    focusHeading(document, Date.now() + HEADING_WAIT_MS);
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}

function focusHeading(document: Document, until: number): void {
  setTimeout(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    } else if (Date.now() < until) {
      focusHeading(document, until);
    } else {
      document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    }
  }, 50);
}
