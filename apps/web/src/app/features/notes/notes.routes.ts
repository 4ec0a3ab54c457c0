import { Route } from '@angular/router';

/** /app/biblioteca: the library of notes, a new note, one note and its editor. */
export const notesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./library/notes-library.page').then((m) => m.NotesLibraryPage),
  },
  {
    path: 'nueva',
    loadComponent: () => import('./editor/note-create.page').then((m) => m.NoteCreatePage),
  },
  {
    path: ':id/editar',
    loadComponent: () => import('./editor/note-edit.page').then((m) => m.NoteEditPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./note/note-detail.page').then((m) => m.NoteDetailPage),
  },
];
