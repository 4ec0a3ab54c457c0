import { RenderMode, ServerRoute } from '@angular/ssr';

// Public pages render on the server (fast on a weak phone connection, shareable); staff pages
// need the signed-in user's cookies and render in the browser.
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'publico/**', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
