import { Route } from '@angular/router';

/** `/app/anuncios`: moderators (communications officers) and agency leaders write announcements. */
export const announcementsRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./list/announcements-list.page').then((m) => m.AnnouncementsListPage),
  },
  {
    path: 'nuevo',
    loadComponent: () => import('./editor/announcement-editor.page').then((m) => m.AnnouncementEditorPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./editor/announcement-editor.page').then((m) => m.AnnouncementEditorPage),
  },
];
