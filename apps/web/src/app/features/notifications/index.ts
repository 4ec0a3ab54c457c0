// What the notifications feature lends to others: the bell the staff shell shows.
export { NotificationBell } from './notification-bell';
