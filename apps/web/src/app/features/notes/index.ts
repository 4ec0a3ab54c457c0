// What the notes feature lends to others: the notes linked to an agenda item (for the agenda
// screen, which shows each reader only the notes they may read).
export { LinkedNotes } from './linked/linked-notes';
