import { Route } from '@angular/router';

/** `/app/moderacion`: the queue of reader comments (platform role `moderator`). */
export const moderationRoutes: Route[] = [
  {
    path: '',
    loadComponent: () =>
      import('./queue/moderation-queue.page').then(
        (m) => m.ModerationQueuePage,
      ),
  },
];
