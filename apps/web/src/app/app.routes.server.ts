import { RenderMode, ServerRoute } from '@angular/ssr';

// Public pages render on the server (fast on a weak phone connection, shareable); staff pages
// and sign-in need the signed-in user's cookies and render in the browser. Any other path is
// the not-found page, rendered on the server with a real 404 status.
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'publico/**', renderMode: RenderMode.Server },
  { path: 'app', renderMode: RenderMode.Client },
  { path: 'app/**', renderMode: RenderMode.Client },
  { path: 'ingresar', renderMode: RenderMode.Client },
  { path: 'contrasena/**', renderMode: RenderMode.Client },
  { path: '**', renderMode: RenderMode.Server, status: 404 },
];
