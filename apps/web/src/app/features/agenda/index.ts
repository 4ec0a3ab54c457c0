// What the agenda feature lends to others: the link to the action plan opened on one owner
// agency (the home page's commitments card).
export { actionPlanOf } from './action-plan/action-plan-link';
