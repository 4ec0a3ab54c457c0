import type { Type } from '@angular/core';
import type { ResolveData, Route } from '@angular/router';
import { announcementResolver } from './announcement/announcement.resolver';
import { featuredMeetingResolver, latestAnnouncementsResolver } from './home/home.resolver';
import { PublicLayout } from './public-layout';

/** A page at its parent's path whose resolver reads the query: it runs again when the query changes. */
const pagedByQuery = (resolve: ResolveData, component: Type<unknown>): Route => ({
  path: '',
  resolve,
  runGuardsAndResolvers: 'paramsOrQueryParamsChange',
  component,
});

// The public site (server-rendered, app.routes.server.ts). Pages read their data in resolvers,
// so the server waits for it and the HTML carries the content; paths are PUBLIC_PATHS in
// @cumbre/contracts, which the API's feeds and sitemap link to. Nothing here imports the staff
// area. Resolvers that depend on `?despues=`/`?cuando=` run again when the query changes.
export const publicRoutes: Route[] = [
  {
    path: '',
    component: PublicLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        resolve: {
          page: latestAnnouncementsResolver,
          featured: featuredMeetingResolver,
        },
        runGuardsAndResolvers: 'paramsOrQueryParamsChange',
        loadComponent: () => import('./home/home.page').then((m) => m.PublicHomePage),
      },
      // The announcements are listed on the home: a reader who shortens an announcement's
      // address to /anuncios lands there, not on the not-found page.
      { path: 'anuncios', pathMatch: 'full', redirectTo: '' },
      {
        path: 'anuncios/:slug',
        resolve: { data: announcementResolver },
        loadComponent: () => import('./announcement/announcement.page').then((m) => m.AnnouncementPage),
      },
      {
        path: 'entidades/:id',
        loadChildren: () =>
          import('./agency/agency.page').then((m) => [pagedByQuery({ data: m.agencyResolver }, m.AgencyPage)]),
      },
      {
        path: 'reuniones-publicas',
        loadChildren: () =>
          Promise.all([import('./meetings/public-meetings.page'), import('./meetings/public-meeting.page')]).then(
            ([list, one]) => [
              pagedByQuery({ view: list.publicMeetingsResolver }, list.PublicMeetingsPage),
              {
                path: ':id',
                resolve: { data: one.publicMeetingResolver },
                component: one.PublicMeetingPage,
              },
            ],
          ),
      },
      {
        path: 'buenas-practicas',
        loadChildren: () =>
          import('./practices/practices.page').then((m) => [
            pagedByQuery({ view: m.practicesResolver }, m.PublicPracticesPage),
            {
              path: ':id',
              resolve: { data: m.practiceResolver },
              component: m.PublicPracticePage,
            },
          ]),
      },
      {
        path: 'comentarios/confirmar',
        data: { action: 'confirm' },
        loadComponent: () => import('./subscription/subscription.page').then((m) => m.SubscriptionPage),
      },
      {
        path: 'comentarios/baja',
        data: { action: 'unsubscribe' },
        loadComponent: () => import('./subscription/subscription.page').then((m) => m.SubscriptionPage),
      },
      // Signing in and resetting a password: /ingresar, /contrasena/olvide, /contrasena/restablecer.
      {
        path: '',
        loadChildren: () => import('../auth/auth.routes').then((m) => m.authRoutes),
      },
      {
        path: '**',
        loadComponent: () => import('../not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
