import { RenderMode, ServerRoute } from '@angular/ssr';

// Public pages and the sign-in form render on the server (fast on a weak phone connection, no
// blank second before the form); staff pages need the signed-in user's cookies and render in
// the browser. Any other path is the not-found page, rendered on the server with a real 404.
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'publico/**', renderMode: RenderMode.Server },
  // The public site (PUBLIC_PATHS): an unknown slug or id still answers 404 (set by its page).
  { path: 'anuncios/**', renderMode: RenderMode.Server },
  { path: 'entidades/**', renderMode: RenderMode.Server },
  { path: 'reuniones-publicas', renderMode: RenderMode.Server },
  { path: 'buenas-practicas', renderMode: RenderMode.Server },
  { path: 'buenas-practicas/**', renderMode: RenderMode.Server },
  { path: 'reuniones-publicas/**', renderMode: RenderMode.Server },
  // E-mail links that confirm or end reply notifications act in the browser only, so a mail
  // scanner's GET does nothing.
  { path: 'comentarios/**', renderMode: RenderMode.Client },
  { path: 'app', renderMode: RenderMode.Client },
  { path: 'app/**', renderMode: RenderMode.Client },
  { path: 'ingresar', renderMode: RenderMode.Server },
  { path: 'contrasena/**', renderMode: RenderMode.Client },
  { path: '**', renderMode: RenderMode.Server, status: 404 },
];
