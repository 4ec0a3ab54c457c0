import { Route } from '@angular/router';
import { AdminLayout } from './admin-layout';

export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'agencias' },
      {
        path: 'agencias',
        loadComponent: () => import('./agencies/admin-agencies.page').then((m) => m.AdminAgenciesPage),
      },
      {
        path: 'grupos',
        loadComponent: () => import('./groups/admin-groups.page').then((m) => m.AdminGroupsPage),
      },
      {
        path: 'usuarios',
        loadComponent: () => import('./users/admin-users.page').then((m) => m.AdminUsersPage),
      },
      {
        path: 'usuarios/:id',
        loadComponent: () => import('./users/admin-user-detail.page').then((m) => m.AdminUserDetailPage),
      },
      {
        path: 'auditoria',
        loadComponent: () => import('./audit/admin-audit.page').then((m) => m.AdminAuditPage),
      },
    ],
  },
];
