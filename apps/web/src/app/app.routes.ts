import { Route } from '@angular/router';
import { authGuard, enrolmentGuard } from './core/session/auth.guards';

// Two lazy trees: the public site (server-rendered) and the staff area (signed in, rendered in
// the browser). Staff code is never downloaded by a public reader.
export const appRoutes: Route[] = [
  {
    path: 'app',
    canActivate: [authGuard],
    canActivateChild: [enrolmentGuard],
    loadChildren: () => import('./features/staff.routes').then((m) => m.staffRoutes),
  },
  {
    path: '',
    loadChildren: () => import('./features/public/public.routes').then((m) => m.publicRoutes),
  },
];
