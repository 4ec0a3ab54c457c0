// What the moderation feature lends to others: the navigation link with the queue's count.
export { ModerationNavLink } from './moderation-nav-link';
