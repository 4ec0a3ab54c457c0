// What the agenda feature lends to others: the links to the action plan opened on one owner
// agency (the home page's commitments card) and on one meeting (the meeting page).
export { actionPlanOf, actionPlanOfMeeting } from './action-plan/action-plan-link';
