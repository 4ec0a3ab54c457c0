import { RenderMode, ServerRoute } from '@angular/ssr';

/** Paths rendered on the server, so that the HTML carries the page (and a real status). */
const onServer = (...paths: string[]): ServerRoute[] => paths.map((path) => ({ path, renderMode: RenderMode.Server }));

/** Paths rendered in the browser only. */
const inBrowser = (...paths: string[]): ServerRoute[] => paths.map((path) => ({ path, renderMode: RenderMode.Client }));

// Public pages and the sign-in form render on the server (fast on a weak phone connection, no
// blank second before the form); staff pages need the signed-in user's cookies and render in
// the browser. Any other path is the not-found page, rendered on the server with a real 404.
export const serverRoutes: ServerRoute[] = [
  ...onServer('', 'publico/**'),
  // The public site (PUBLIC_PATHS): an unknown slug or id still answers 404 (set by its page).
  ...onServer(
    'anuncios',
    'anuncios/**',
    'entidades/**',
    'reuniones-publicas',
    'buenas-practicas',
    'buenas-practicas/**',
    'reuniones-publicas/**',
  ),
  // E-mail links that confirm or end reply notifications act in the browser only, so a mail
  // scanner's GET does nothing.
  ...inBrowser('comentarios/**', 'app', 'app/**'),
  ...onServer('ingresar'),
  ...inBrowser('contrasena/**'),
  { path: '**', renderMode: RenderMode.Server, status: 404 },
];
