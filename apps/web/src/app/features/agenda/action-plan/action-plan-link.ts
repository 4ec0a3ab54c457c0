/**
 * Where the action plan lives, and the queries that open it on one owner agency (`?entidad=`)
 * or on one meeting's commitments (`?reunion=`).
 */
export const ACTION_PLAN_PATH = '/app/plan-de-accion';
export const OWNER_QUERY = 'entidad';
export const MEETING_QUERY = 'reunion';

/** The router link (path and query) of the plan opened on one owner agency's items. */
export function actionPlanOf(agencyId: string): {
  path: string;
  queryParams: Record<string, string>;
} {
  return { path: ACTION_PLAN_PATH, queryParams: { [OWNER_QUERY]: agencyId } };
}

/** The router link of the plan opened on one meeting's action items (the meeting page's *Compromisos*). */
export function actionPlanOfMeeting(meetingId: string): {
  path: string;
  queryParams: Record<string, string>;
} {
  return {
    path: ACTION_PLAN_PATH,
    queryParams: { [MEETING_QUERY]: meetingId },
  };
}
