import type { Route } from '@angular/router';
import { provideFormFieldDefaults } from '../../core/forms/form-field-defaults';
import { signedOutGuard } from '../../core/session/auth.guards';

/**
 * The public site's forms for getting in, in a chunk of their own: the public pages that only
 * read do not load the form fields (and stay under their script budget, scripts/web-size.mjs).
 */
export const authRoutes: Route[] = [
  {
    path: '',
    providers: [provideFormFieldDefaults()],
    children: [
      {
        path: 'ingresar',
        canActivate: [signedOutGuard],
        loadComponent: () => import('./sign-in.page').then((m) => m.SignInPage),
      },
      {
        path: 'contrasena/olvide',
        loadComponent: () => import('./forgot-password.page').then((m) => m.ForgotPasswordPage),
      },
      {
        path: 'contrasena/restablecer',
        loadComponent: () => import('./reset-password.page').then((m) => m.ResetPasswordPage),
      },
    ],
  },
];
