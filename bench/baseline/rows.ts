/* eslint-disable @typescript-eslint/no-explicit-any -- pg rows are untyped: the mappers type what leaves */
// Column lists (every column of the entity, as the ORM selects them, prefixed `<alias>_`) and
// row → entity-shaped objects for Cumbre's mappers.
import type { SqlCondition } from '../../apps/api/src/common/sql-condition';

const cols = (alias: string, names: string[]) => names.map((c) => `${alias}.${c} AS ${alias}_${c}`).join(', ');

export const MEETING_COLS = (a: string) =>
  cols(a, [
    'id',
    'title',
    'description',
    'host_agency_id',
    'convener_id',
    'starts_at',
    'ends_at',
    'time_zone',
    'venue_name',
    'venue_address',
    'venue_city',
    'online_url',
    'visibility',
    'status',
    'cancellation_reason',
    'sequence',
    'created_at',
    'updated_at',
    'version',
  ]);
export const AGENCY_COLS = (a: string) =>
  cols(a, ['id', 'name', 'short_name', 'kind', 'iso_code', 'parent_id', 'created_at', 'updated_at', 'version']);
/** The user columns other modules may read (users/user.queries USER_CONTACTS). */
export const USER_COLS = (a: string) => cols(a, ['id', 'display_name', 'email', 'disabled_at']);
export const ITEM_COLS = (a: string) =>
  cols(a, [
    'id',
    'agenda_id',
    'parent_id',
    'kind',
    'position',
    'title',
    'description',
    'presenter_agency_id',
    'presenter_user_id',
    'planned_minutes',
    'proposal_status',
    'proposed_by_id',
    'proposed_by_agency_id',
    'rejection_reason',
    'created_at',
    'updated_at',
    'version',
  ]);

type Row = Record<string, any>;

export function agency(r: Row, a: string) {
  if (!r[`${a}_id`]) return null;
  return {
    id: r[`${a}_id`],
    name: r[`${a}_name`],
    shortName: r[`${a}_short_name`],
    kind: r[`${a}_kind`],
    isoCode: r[`${a}_iso_code`],
    parentId: r[`${a}_parent_id`],
  };
}

export function person(r: Row, a: string) {
  return r[`${a}_id`] ? { id: r[`${a}_id`], displayName: r[`${a}_display_name`] } : null;
}

export function meeting(r: Row, a: string, hostAgency?: ReturnType<typeof agency>) {
  const f = (c: string) => r[`${a}_${c}`];
  return {
    id: f('id'),
    title: f('title'),
    description: f('description'),
    hostAgencyId: f('host_agency_id'),
    hostAgency,
    convenerId: f('convener_id'),
    startsAt: f('starts_at') as Date | null,
    endsAt: f('ends_at') as Date | null,
    timeZone: f('time_zone'),
    venueName: f('venue_name'),
    venueAddress: f('venue_address'),
    venueCity: f('venue_city'),
    onlineUrl: f('online_url'),
    visibility: f('visibility'),
    status: f('status'),
    cancellationReason: f('cancellation_reason'),
    sequence: f('sequence'),
    createdAt: f('created_at'),
    updatedAt: f('updated_at'),
    version: f('version'),
  } as any;
}

export function agendaItem(r: Row) {
  const f = (c: string) => r[`i_${c}`];
  return {
    id: f('id') as string,
    agendaId: f('agenda_id'),
    parentId: f('parent_id'),
    kind: f('kind'),
    position: f('position') as number | null,
    title: f('title'),
    description: f('description'),
    presenterAgency: agency(r, 'pa'),
    presenter: person(r, 'pu'),
    plannedMinutes: f('planned_minutes') as number,
    proposalStatus: f('proposal_status') as string,
    proposedBy: person(r, 'pb'),
    proposedByAgency: agency(r, 'pba'),
    rejectionReason: f('rejection_reason'),
    createdAt: f('created_at') as Date,
    updatedAt: f('updated_at') as Date,
    version: f('version') as number,
  };
}

/** Cumbre's `:name` parameters → pg's `$n`, conditions joined with AND. */
export function positional(conditions: SqlCondition[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const index = new Map<string, number>();
  const sql = conditions
    .map((c) =>
      c.sql.replace(/(?<!:):(\w+)/g, (_, name: string) => {
        if (!index.has(name)) {
          params.push((c.params as Record<string, unknown>)[name]);
          index.set(name, params.length);
        }
        return `$${index.get(name)}`;
      }),
    )
    .map((s) => `(${s})`)
    .join(' AND ');
  return { sql, params };
}
