import { Route } from '@angular/router';

/** `/app/moderacion`: the queue of reader comments (platform role `moderator`). */
export const moderationRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./queue/moderation-queue.page').then((m) => m.ModerationQueuePage),
  },
  /** `/app/moderacion/bloqueos`: blocked addresses and IPs, the words blocklist. */
  {
    path: 'bloqueos',
    loadComponent: () => import('./blocks/moderation-blocks.page').then((m) => m.ModerationBlocksPage),
  },
];
