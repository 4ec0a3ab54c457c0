// What the notifications feature lends to others: the bell the staff shell shows, and the words
// of a notification in the reader's language (the home page lists the latest ones).
export { NotificationBell } from './notification-bell';
export { NOTIFICATION_TEXT, notificationText } from './notification-text';
