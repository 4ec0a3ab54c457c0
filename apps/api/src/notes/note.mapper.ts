// Rows → DTOs, field by field: the only way notes leave the API.
import type {
  AgencySummary,
  NoteAttachmentDto,
  NoteAttachmentType,
  NoteCommentDto,
  NoteDto,
  NotePermissions,
  NoteRevisionDto,
  NoteSearchHitDto,
  NoteSummaryDto,
  PersonSummary,
} from '@cumbre/contracts';
import type { NoteEntity } from './entities/note.entity';
import type { NoteAttachmentEntity, NoteCommentEntity } from './entities/note-extras.entity';
import type { NoteRevisionEntity } from './entities/note-revision.entity';
import { groupSummary, type NoteNames, person, type SummaryRow } from './notes.queries';

const UNKNOWN_AGENCY = (id: string): AgencySummary => ({ id, name: '', shortName: '', kind: 'other', isoCode: null });

export function mapNoteSummary(row: SummaryRow, names: NoteNames): NoteSummaryDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    tags: row.tags,
    places: row.places,
    author: person(row.author_id, row.author_name),
    authorAgency: names.agencies.get(row.author_agency_id) ?? UNKNOWN_AGENCY(row.author_agency_id),
    status: row.status,
    isPublic: row.is_public,
    marking: row.marking,
    distribution: row.distribution,
    sharingGroup: groupSummary(row.sharing_group_id, names),
    endorsementCount: row.endorsement_count,
    commentCount: row.comment_count,
    attachmentCount: row.attachment_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    sharedAt: row.shared_at ? row.shared_at.toISOString() : null,
    version: row.version,
  };
}

export function mapSearchHit(
  row: SummaryRow & { rank: number | null; snippet: string | null },
  names: NoteNames,
): NoteSearchHitDto {
  return { ...mapNoteSummary(row, names), rank: row.rank, snippet: row.snippet };
}

export function mapAttachment(a: NoteAttachmentEntity, names: Map<string, string>): NoteAttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType as NoteAttachmentType,
    sizeBytes: a.sizeBytes,
    uploadedBy: person(a.uploadedById, a.uploadedById ? names.get(a.uploadedById) : null),
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

export interface NoteDetail {
  row: SummaryRow;
  note: NoteEntity;
  names: NoteNames;
  people: Map<string, string>;
  attachments: NoteAttachmentEntity[];
  endorsedBy: string[];
  permissions: NotePermissions;
}

export function mapNote(d: NoteDetail): NoteDto {
  return {
    ...mapNoteSummary(d.row, d.names),
    body: d.note.body,
    bodyHtml: d.note.bodyHtml,
    redRecipients: d.note.redRecipientIds
      .map((id) => person(id, d.people.get(id)))
      .filter((p): p is PersonSummary => p !== null),
    attachments: d.attachments.map((a) => mapAttachment(a, d.people)),
    endorsedBy: d.endorsedBy.map((id) => d.names.agencies.get(id) ?? UNKNOWN_AGENCY(id)),
    permissions: d.permissions,
  };
}

/** A revision (or the current note, as the last revision) for the history. */
export function mapRevision(
  r: Pick<
    NoteRevisionEntity,
    | 'version'
    | 'title'
    | 'summary'
    | 'body'
    | 'tags'
    | 'places'
    | 'status'
    | 'isPublic'
    | 'marking'
    | 'distribution'
    | 'sharingGroupId'
    | 'editedById'
    | 'editedAt'
  >,
  names: NoteNames,
  people: Map<string, string>,
): NoteRevisionDto {
  return {
    version: r.version,
    title: r.title,
    summary: r.summary,
    body: r.body,
    tags: r.tags,
    places: r.places,
    status: r.status,
    isPublic: r.isPublic,
    marking: r.marking,
    distribution: r.distribution,
    sharingGroup: groupSummary(r.sharingGroupId, names),
    editedBy: person(r.editedById, r.editedById ? people.get(r.editedById) : null),
    editedAt: r.editedAt.toISOString(),
  };
}

export function mapComment(
  c: NoteCommentEntity,
  agencies: Map<string, AgencySummary>,
  people: Map<string, string>,
): NoteCommentDto {
  return {
    id: c.id,
    body: c.body,
    bodyHtml: c.bodyHtml,
    author: person(c.authorId, c.authorId ? people.get(c.authorId) : null),
    authorAgency: c.agencyId ? (agencies.get(c.agencyId) ?? null) : null,
    createdAt: c.createdAt.toISOString(),
  };
}
