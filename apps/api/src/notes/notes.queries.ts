// The SQL of the notes tables. Every read that returns notes or facts about them starts from
// `visibleNotesSql` (the access policy inside the WHERE clause): nothing is loaded and then
// filtered, and no count, facet or link can forget the policy.
import type { EntityManager } from 'typeorm';
import type { AgencySummary, NoteSummaryDto, PersonSummary, SharingGroupSummary } from '@cumbre/contracts';
import { agencySummariesOf, sharingGroupNames } from '../agencies/agency.queries';
import { ApiError } from '../common/api-error';
import { containsPattern, foldSql } from '../common/search-text';
import type { SqlCondition } from '../common/sql-condition';
import { displayNamesOf, USER_CONTACTS } from '../users/user.queries';
import { NoteEntity } from './entities/note.entity';
import { noteVisibility, type NoteReader } from './note-access.policy';

export const noteNotFound = (id: string) => new ApiError('note.not_found', 'note not found', { params: { id } });

/** Runs SQL with `:named` parameters (as query builders take them) on `manager`. */
export async function runSql<T>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(text, values);
}

/** The note columns a summary needs, with the author's name and the counts, over the alias `n`. */
export const SUMMARY_COLUMNS = `n.id, n.kind, n.title, n.summary, n.tags, n.places, n.author_id, au.display_name AS author_name,
  n.author_agency_id, n.status, n.is_public, n.marking, n.distribution, n.sharing_group_id,
  n.created_at, n.updated_at, n.shared_at, n.version,
  (SELECT count(*) FROM note_endorsement ne WHERE ne.note_id = n.id)::int AS endorsement_count,
  (SELECT count(*) FROM note_comment nc WHERE nc.note_id = n.id)::int AS comment_count,
  (SELECT count(*) FROM note_attachment na WHERE na.note_id = n.id)::int AS attachment_count`;

export const AUTHOR_JOIN = `LEFT JOIN ${USER_CONTACTS} au ON au.id = n.author_id`;

export interface SummaryRow {
  id: string;
  kind: NoteSummaryDto['kind'];
  title: string;
  summary: string;
  tags: string[];
  places: NoteSummaryDto['places'];
  author_id: string | null;
  author_name: string | null;
  author_agency_id: string;
  status: NoteSummaryDto['status'];
  is_public: boolean;
  marking: NoteSummaryDto['marking'];
  distribution: NoteSummaryDto['distribution'];
  sharing_group_id: string | null;
  created_at: Date;
  updated_at: Date;
  shared_at: Date | null;
  version: number;
  endorsement_count: number;
  comment_count: number;
  attachment_count: number;
}

/** The agencies and sharing groups a page of notes names, in two queries for the whole page. */
export interface NoteNames {
  agencies: Map<string, AgencySummary>;
  groups: Map<string, string>;
}

export async function namesFor(
  manager: EntityManager,
  rows: Pick<SummaryRow, 'author_agency_id' | 'sharing_group_id'>[],
  moreAgencyIds: string[] = [],
): Promise<NoteNames> {
  const [agencies, groups] = await Promise.all([
    agencySummariesOf(manager, [...rows.map((r) => r.author_agency_id), ...moreAgencyIds]),
    sharingGroupNames(
      manager,
      rows.map((r) => r.sharing_group_id).filter((id): id is string => id !== null),
    ),
  ]);
  return { agencies, groups };
}

export function groupSummary(id: string | null, names: NoteNames): SharingGroupSummary | null {
  return id ? { id, name: names.groups.get(id) ?? '' } : null;
}

export function person(id: string | null, name: string | null | undefined): PersonSummary | null {
  return id && name ? { id, displayName: name } : null;
}

export { displayNamesOf };

/**
 * The one door to a single note: the row, or 404 when it does not exist or the reader may not
 * read it. `lock` holds it for the rest of the transaction (edits queue up instead of interleaving).
 */
export async function findVisibleNote(
  manager: EntityManager,
  id: string,
  reader: NoteReader,
  lock = false,
): Promise<NoteEntity> {
  const policy = noteVisibility('n', reader);
  const qb = manager
    .getRepository(NoteEntity)
    .createQueryBuilder('n')
    .where('n.id = :noteId', { noteId: id })
    .andWhere(policy.sql, policy.params);
  if (lock) qb.setLock('pessimistic_write', undefined, ['n']);
  const note = await qb.getOne();
  if (!note) throw noteNotFound(id);
  return note;
}

/** Which of `noteIds` the reader may read (a fragment for other modules: agenda links). */
export function visibleNoteIdsSql(reader: NoteReader, param = 'vn'): SqlCondition {
  const policy = noteVisibility('n', reader, param);
  return { sql: `(SELECT n.id FROM note n WHERE ${policy.sql})`, params: policy.params };
}

/** The summaries of the notes linked to an agenda item that the reader may read. */
export async function linkedNoteRows(
  manager: EntityManager,
  itemId: string,
  reader: NoteReader,
): Promise<SummaryRow[]> {
  const policy = noteVisibility('n', reader);
  return runSql<SummaryRow>(
    manager,
    `SELECT ${SUMMARY_COLUMNS} FROM note n ${AUTHOR_JOIN}
      JOIN note_agenda_link l ON l.note_id = n.id
     WHERE l.agenda_item_id = :itemId AND ${policy.sql}
     ORDER BY l.linked_at, n.id`,
    { itemId, ...policy.params },
  );
}

/**
 * The people a RED note may name: enabled users with a RED-cleared membership, in any agency,
 * by name (folded: any case, accents or not), with the agencies where they are cleared RED.
 * `exceptId` (the caller, who always reads their own note) is left out.
 */
export async function redRecipientRows(
  manager: EntityManager,
  q: string,
  limit: number,
  exceptId: string,
): Promise<{ id: string; display_name: string; agency_ids: string[] }[]> {
  return runSql(
    manager,
    `SELECT u.id, u.display_name, array_agg(ms.organization_id ORDER BY ms.organization_id) AS agency_ids
       FROM app_user u JOIN membership ms ON ms.user_id = u.id AND ms.clearance = 'RED'
      WHERE u.disabled_at IS NULL AND u.id <> :exceptId AND ${foldSql('u.display_name')} LIKE :q ESCAPE '\\'
      GROUP BY u.id, u.display_name
      ORDER BY ${foldSql('u.display_name')}, u.id
      LIMIT :limit`,
    { q: containsPattern(q), limit, exceptId },
  );
}
