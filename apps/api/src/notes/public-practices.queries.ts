// The public side of knowledge notes: best practices their agency's leader published to the
// public. The condition is the notes policy's own for the anonymous reader (`noteVisibility` with
// no reader: shared, best practice, public), so intelligence can never appear, whatever its
// flags; only the columns the public page shows are read.
import type { EntityManager } from 'typeorm';
import { PUBLIC_CACHE_TAGS, type PublicPracticeDto, type PublicPracticeSummaryDto } from '@cumbre/contracts';
import { AGENCY_SUMMARIES, agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import { noteVisibility } from './note-access.policy';
import { runSql } from './notes.queries';

const PUBLIC = noteVisibility('n', null).sql;

const COLUMNS = `n.id, n.title, n.summary, n.tags, n.places, n.shared_at, n.updated_at, ${agencySummaryColumns('o', 'o_')}`;

type Row = Record<string, unknown> & {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  places: PublicPracticeSummaryDto['places'];
  shared_at: Date;
  updated_at: Date;
};

export interface PublicPracticeRow {
  at: Date;
  id: string;
  dto: PublicPracticeSummaryDto;
}

const summaryOf = (r: Row): PublicPracticeSummaryDto => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  tags: r.tags,
  places: r.places,
  agency: agencySummaryFromRow(r, 'o_'),
  sharedAt: r.shared_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** A keyset page (newest shared first), `limit + 1` rows so that the caller knows if more follow. */
export async function publicPracticePage(
  manager: EntityManager,
  q: { after: { at: Date; id: string } | null; limit: number },
): Promise<PublicPracticeRow[]> {
  const rows = await runSql<Row>(
    manager,
    `SELECT ${COLUMNS} FROM note n JOIN ${AGENCY_SUMMARIES} o ON o.id = n.author_agency_id
      WHERE ${PUBLIC} ${q.after ? 'AND (n.shared_at, n.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))' : ''}
      ORDER BY n.shared_at DESC, n.id DESC LIMIT :limit`,
    { limit: q.limit + 1, afterAt: q.after?.at ?? null, afterId: q.after?.id ?? null },
  );
  return rows.map((r) => ({ at: r.shared_at, id: r.id, dto: summaryOf(r) }));
}

/** One published best practice, or null (not public, not shared, intelligence, or no such note). */
export async function publicPracticeById(manager: EntityManager, id: string): Promise<PublicPracticeDto | null> {
  const [row] = await runSql<Row & { body_html: string; endorsement_count: number }>(
    manager,
    `SELECT ${COLUMNS}, n.body_html,
            (SELECT count(*) FROM note_endorsement ne WHERE ne.note_id = n.id)::int AS endorsement_count
       FROM note n JOIN ${AGENCY_SUMMARIES} o ON o.id = n.author_agency_id
      WHERE n.id = :id AND ${PUBLIC}`,
    { id },
  );
  return row ? { ...summaryOf(row), bodyHtml: row.body_html, endorsementCount: row.endorsement_count } : null;
}

/** The public cache tags a change to this note touches. */
export const practiceTags = (noteId: string): string[] => [
  PUBLIC_CACHE_TAGS.practice(noteId),
  PUBLIC_CACHE_TAGS.practiceList,
];
