/** Where the action plan lives, and the query that opens it on one owner agency (`?entidad=`). */
export const ACTION_PLAN_PATH = '/app/plan-de-accion';
export const OWNER_QUERY = 'entidad';

/** The router link (path and query) of the plan opened on one owner agency's items. */
export function actionPlanOf(agencyId: string): {
  path: string;
  queryParams: Record<string, string>;
} {
  return { path: ACTION_PLAN_PATH, queryParams: { [OWNER_QUERY]: agencyId } };
}
