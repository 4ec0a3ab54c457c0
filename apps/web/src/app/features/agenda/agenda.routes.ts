import { Route } from '@angular/router';

/** /app/reuniones/:id/agenda: the agenda of one meeting (editor, proposals, versions, minutes). */
export const agendaRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./editor/agenda.page').then((m) => m.AgendaPage),
  },
];
