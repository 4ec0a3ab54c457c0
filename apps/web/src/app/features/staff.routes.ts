import { Route } from '@angular/router';
import { provideFormFieldDefaults } from '../core/forms/form-field-defaults';
import { adminGuard, moderatorGuard } from '../core/session/auth.guards';
import { StaffShell } from './staff-shell/staff-shell';

/** The signed-in area under /app. The parent route's authGuard has already loaded the session. */
export const staffRoutes: Route[] = [
  {
    path: '',
    // Every form of the signed-in area: how its fields look (form-field-defaults.ts).
    providers: [provideFormFieldDefaults()],
    children: [
      // The printed agenda is a document of its own: outside the shell, a clean A4 page.
      {
        path: 'reuniones/:id/agenda/imprimir',
        loadComponent: () => import('./agenda/print/agenda-print.page').then((m) => m.AgendaPrintPage),
      },
      {
        path: 'reuniones/:id/agenda/print',
        redirectTo: 'reuniones/:id/agenda/imprimir',
      },
      // The minutes likewise, once there is something in them.
      {
        path: 'reuniones/:id/acta/imprimir',
        loadComponent: () => import('./agenda/print/minutes-print.page').then((m) => m.MinutesPrintPage),
      },
      {
        path: '',
        component: StaffShell,
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
          },
          {
            path: 'reuniones/:id/agenda',
            loadChildren: () => import('./agenda/agenda.routes').then((m) => m.agendaRoutes),
          },
          {
            path: 'plan-de-accion',
            loadComponent: () => import('./agenda/action-plan/action-plan.page').then((m) => m.ActionPlanPage),
          },
          {
            path: 'reuniones',
            loadChildren: () => import('./meetings/meetings.routes').then((m) => m.meetingsRoutes),
          },
          {
            path: 'biblioteca',
            loadChildren: () => import('./notes/notes.routes').then((m) => m.notesRoutes),
          },
          {
            path: 'agencias',
            loadComponent: () => import('./agencies/agency-directory.page').then((m) => m.AgencyDirectoryPage),
          },
          {
            path: 'anuncios',
            loadChildren: () => import('./announcements/announcements.routes').then((m) => m.announcementsRoutes),
          },
          {
            path: 'moderacion',
            canMatch: [moderatorGuard],
            loadChildren: () => import('./moderation/moderation.routes').then((m) => m.moderationRoutes),
          },
          {
            path: 'notificaciones',
            loadComponent: () => import('./notifications/notifications.page').then((m) => m.NotificationsPage),
          },
          {
            path: 'cambiar-contrasena',
            loadComponent: () => import('./auth/change-password.page').then((m) => m.ChangePasswordPage),
          },
          {
            path: 'cuenta/doble-factor',
            loadComponent: () => import('./account/two-factor.page').then((m) => m.TwoFactorPage),
          },
          {
            path: 'cuenta/sesiones',
            loadComponent: () => import('./account/sessions.page').then((m) => m.SessionsPage),
          },
          {
            path: 'admin',
            canMatch: [adminGuard],
            loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
          },
          {
            path: '**',
            loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
          },
        ],
      },
    ],
  },
];
