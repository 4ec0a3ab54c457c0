import { Route } from '@angular/router';

/** /app/reuniones: my meetings, the month calendar, a new meeting, one meeting and its edit form. */
export const meetingsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./list/meetings-list.page').then((m) => m.MeetingsListPage),
  },
  {
    path: 'calendario',
    loadComponent: () => import('./calendar/meetings-calendar.page').then((m) => m.MeetingsCalendarPage),
  },
  {
    path: 'nueva',
    loadComponent: () => import('./form/meeting-create.page').then((m) => m.MeetingCreatePage),
  },
  {
    path: ':id/editar',
    loadComponent: () => import('./form/meeting-edit.page').then((m) => m.MeetingEditPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./detail/meeting-detail.page').then((m) => m.MeetingDetailPage),
  },
];
