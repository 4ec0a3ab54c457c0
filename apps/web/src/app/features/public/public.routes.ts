import { Route } from '@angular/router';
import { signedOutGuard } from '../../core/session/auth.guards';
import { PublicLayout } from './public-layout';

export const publicRoutes: Route[] = [
  {
    path: '',
    component: PublicLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () =>
          import('./landing.page').then((m) => m.LandingPage),
      },
      {
        path: 'ingresar',
        canActivate: [signedOutGuard],
        loadComponent: () =>
          import('../auth/sign-in.page').then((m) => m.SignInPage),
      },
      {
        path: 'contrasena/olvide',
        loadComponent: () =>
          import('../auth/forgot-password.page').then(
            (m) => m.ForgotPasswordPage,
          ),
      },
      {
        path: 'contrasena/restablecer',
        loadComponent: () =>
          import('../auth/reset-password.page').then(
            (m) => m.ResetPasswordPage,
          ),
      },
      {
        path: '**',
        loadComponent: () =>
          import('../not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
