import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  NOTE_RECIPIENTS_DEFAULT_LIMIT,
  type AgencySummary,
  type NoteDto,
  type NotePermissions,
  type NoteRecipientDto,
} from '@cumbre/contracts';
import { agencySummariesOf } from '../agencies/agency.queries';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { markdownToPlainText, renderMarkdown } from '../common/markdown';
import { PublicContent } from '../common/public-content/public-content.service';
import { practiceTags } from './public-practices.queries';
import { assertCurrentVersion, updateVersioned, type VersionedResource } from '../common/versioned-update';
import type { CreateNoteBody, NoteRecipientQueryDto, UpdateNoteBody } from './dto/note.requests';
import { NoteEntity } from './entities/note.entity';
import { NoteAttachmentEntity, NoteEndorsementEntity } from './entities/note-extras.entity';
import { NoteRevisionEntity } from './entities/note-revision.entity';
import {
  canEditNote,
  canNameRedRecipients,
  endorsingAgencyIds,
  isAuthorAgencyLeader,
  noteVisibility,
  type NoteForPolicy,
  type NoteReader,
  wideningField,
} from './note-access.policy';
import { mapNote } from './note.mapper';
import { NoteReadLog } from './note-read-log';
import { checkAccess, resolveAccess, type AccessSettings } from './note-rules';
import { NoteStorage } from './attachments/note-storage';
import {
  AUTHOR_JOIN,
  displayNamesOf,
  findVisibleNote,
  namesFor,
  noteNotFound,
  redRecipientRows,
  runSql,
  SUMMARY_COLUMNS,
  type SummaryRow,
} from './notes.queries';

export const NOTE_RESOURCE: VersionedResource = { name: 'note', notFound: 'note.not_found' };

const accessOf = (n: NoteForPolicy): AccessSettings => ({
  marking: n.marking,
  distribution: n.distribution,
  sharingGroupId: n.sharingGroupId,
  redRecipientIds: n.redRecipientIds,
  isPublic: n.isPublic,
});

/** What changed between two notes, by field name (for the audit line and "nothing to change"). */
const CONTENT_FIELDS = ['title', 'summary', 'body', 'tags', 'places', 'status'] as const;
const ACCESS_FIELDS = ['marking', 'distribution', 'sharingGroupId', 'redRecipientIds', 'isPublic'] as const;

/** Notes: create, read one, edit (versioned, with revisions), delete. */
@Injectable()
export class NotesService {
  private readonly log = new Logger(NotesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly clock: Clock,
    private readonly reads: NoteReadLog,
    private readonly storage: NoteStorage,
    private readonly content: PublicContent,
  ) {}

  async create(body: CreateNoteBody, user: AuthUser, origin: RequestOrigin): Promise<NoteDto> {
    if (!user.memberships.some((ms) => ms.agencyId === body.authorAgencyId)) {
      throw new ApiError('note.not_member_of_agency', 'you are not a member of that agency', {
        field: 'authorAgencyId',
      });
    }
    const access = resolveAccess(body.kind, body, null);
    if (access.isPublic && !isAuthorAgencyLeader(user, { authorAgencyId: body.authorAgencyId })) {
      throw new ApiError('note.widen_needs_leader', 'publishing to the public needs the agency leader', {
        field: 'isPublic',
      });
    }
    const id = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await checkAccess(manager, access, body.authorAgencyId, user);
      const status = body.status ?? 'draft';
      const now = this.clock.now();
      const saved = await manager.getRepository(NoteEntity).save({
        kind: body.kind,
        title: body.title,
        summary: body.summary ?? '',
        ...renderedBody(body.body),
        tags: body.tags ?? [],
        places: (body.places ?? []).map((p) => ({
          regionCode: p.regionCode,
          province: p.province ?? null,
          city: p.city ?? null,
        })),
        authorId: user.id,
        authorAgencyId: body.authorAgencyId,
        updatedById: user.id,
        status,
        ...access,
        sharedAt: status === 'shared' ? now : null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await audit({
        action: 'note.created',
        objectType: 'note',
        objectId: saved.id,
        details: { kind: body.kind, status, ...access },
      });
      if (access.isPublic) await this.content.changed(manager, practiceTags(saved.id));
      return saved.id;
    });
    return this.get(id, user, origin, { audit: false });
  }

  /** One note as the caller sees it; reading intelligence leaves a trace in the read log. */
  async get(id: string, user: NoteReader, origin: RequestOrigin | null, options = { audit: true }): Promise<NoteDto> {
    const manager = this.dataSource.manager;
    const policy = noteVisibility('n', user);
    const [row] = await runSql<SummaryRow & { body: string; body_html: string; red_recipient_ids: string[] }>(
      manager,
      `SELECT ${SUMMARY_COLUMNS}, n.body, n.body_html, n.red_recipient_ids FROM note n ${AUTHOR_JOIN}
        WHERE n.id = :noteId AND ${policy.sql}`,
      { noteId: id, ...policy.params },
    );
    if (!row) throw noteNotFound(id);
    const [attachments, endorsements] = await Promise.all([
      manager
        .getRepository(NoteAttachmentEntity)
        .find({ where: { noteId: id }, order: { uploadedAt: 'ASC', id: 'ASC' } }),
      manager.getRepository(NoteEndorsementEntity).find({ where: { noteId: id }, order: { createdAt: 'ASC' } }),
    ]);
    const endorsedBy = endorsements.map((e) => e.agencyId);
    const endorseAs =
      user && row.status === 'shared' ? endorsingAgencyIds(user, { authorAgencyId: row.author_agency_id }) : [];
    const [names, people] = await Promise.all([
      namesFor(manager, [row], [...endorsedBy, ...endorseAs]),
      displayNamesOf(manager, [
        ...row.red_recipient_ids,
        ...attachments.map((a) => a.uploadedById).filter((x): x is string => x !== null),
      ]),
    ]);
    const note = {
      body: row.body,
      bodyHtml: row.body_html,
      redRecipientIds: row.red_recipient_ids,
    } as NoteEntity;
    if (options.audit && row.kind === 'intelligence') await this.reads.record(user, origin, 'read', [id]);
    return mapNote({
      row,
      note,
      names,
      people,
      attachments,
      endorsedBy,
      permissions: user
        ? permissionsOf(
            user,
            row,
            endorseAs.map((a) => names.agencies.get(a)).filter((a) => a !== undefined),
          )
        : NO_PERMISSIONS,
    });
  }

  async update(id: string, body: UpdateNoteBody, user: AuthUser, origin: RequestOrigin): Promise<NoteDto> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const note = await this.editable(manager, id, user);
      assertCurrentVersion(NOTE_RESOURCE, body.version, note.version);
      const before = accessOf(note);
      const after = resolveAccess(note.kind, body, before);
      const next = {
        title: body.title ?? note.title,
        summary: body.summary ?? note.summary,
        body: body.body ?? note.body,
        tags: body.tags ?? note.tags,
        places:
          body.places?.map((p) => ({ regionCode: p.regionCode, province: p.province ?? null, city: p.city ?? null })) ??
          note.places,
        status: body.status ?? note.status,
        ...after,
      };
      const changed = [...CONTENT_FIELDS, ...ACCESS_FIELDS].filter(
        (f) => JSON.stringify(next[f]) !== JSON.stringify(note[f]),
      );
      if (changed.length === 0) throw new ApiError('note.nothing_to_change', 'nothing to change');
      const widened = wideningField({ ...note, ...before }, { ...note, ...after });
      if (widened && !isAuthorAgencyLeader(user, note)) {
        throw new ApiError('note.widen_needs_leader', `widening ${widened} needs the agency leader`, {
          field: widened,
        });
      }
      await checkAccess(manager, after, note.authorAgencyId, user);
      await manager.getRepository(NoteRevisionEntity).insert({
        noteId: note.id,
        version: note.version,
        title: note.title,
        summary: note.summary,
        body: note.body,
        tags: note.tags,
        places: note.places,
        status: note.status,
        isPublic: note.isPublic,
        marking: note.marking,
        distribution: note.distribution,
        sharingGroupId: note.sharingGroupId,
        redRecipientIds: note.redRecipientIds,
        editedById: note.updatedById,
        editedAt: note.updatedAt,
      });
      const now = this.clock.now();
      await updateVersioned(manager, NoteEntity, NOTE_RESOURCE, note, {
        ...next,
        ...(body.body !== undefined ? renderedBody(next.body) : {}),
        updatedById: user.id,
        updatedAt: now,
        sharedAt: note.sharedAt ?? (next.status === 'shared' ? now : null),
      });
      await audit({
        action: 'note.updated',
        objectType: 'note',
        objectId: id,
        details: { changed, version: note.version + 1 },
      });
      const accessChanged = ACCESS_FIELDS.filter((f) => changed.includes(f));
      if (accessChanged.length > 0) {
        await audit({
          action: 'note.access_changed',
          objectType: 'note',
          objectId: id,
          details: { before, after, widened: widened !== null },
        });
      }
      // Published (before or after): the public site's cached answers showing it are dropped.
      if (note.isPublic || after.isPublic) await this.content.changed(manager, practiceTags(id));
    });
    return this.get(id, user, origin, { audit: false });
  }

  /** Deletes the note, its rows (cascade) and then its files. */
  async remove(id: string, user: AuthUser, origin: RequestOrigin): Promise<void> {
    const removed = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const note = await this.editable(manager, id, user);
      const files = await manager.getRepository(NoteAttachmentEntity).find({ where: { noteId: id } });
      await manager.getRepository(NoteEntity).delete({ id });
      await audit({
        action: 'note.deleted',
        objectType: 'note',
        objectId: id,
        details: { title: note.title, kind: note.kind, marking: note.marking, attachments: files.length },
      });
      if (note.isPublic) await this.content.changed(manager, practiceTags(id));
      return { keys: files.map((f) => f.storageKey) };
    });
    // After the commit: a failed delete of the rows must not lose the files. A file that fails to
    // go is logged with its key (the storage has no row pointing at it any more).
    for (const key of removed.keys) {
      await this.storage
        .delete(key)
        .catch((error: unknown) => this.log.error(`orphan attachment ${key}: ${String(error)}`));
    }
  }

  /** The people a RED note may name, across agencies (only for whoever can write a RED note). */
  async recipients(query: NoteRecipientQueryDto, user: AuthUser): Promise<NoteRecipientDto[]> {
    if (!canNameRedRecipients(user)) {
      throw new ApiError('note.recipients_forbidden', 'only a RED-cleared member names RED recipients');
    }
    const manager = this.dataSource.manager;
    const rows = await redRecipientRows(
      manager,
      query.q?.trim() ?? '',
      query.limit ?? NOTE_RECIPIENTS_DEFAULT_LIMIT,
      user.id,
    );
    const agencies = await agencySummariesOf(
      manager,
      rows.flatMap((r) => r.agency_ids),
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      agencies: r.agency_ids.flatMap((id) => {
        const a = agencies.get(id);
        return a ? [a] : [];
      }),
    }));
  }

  /** The note, locked, when the caller reads it (else 404) and may edit it (else 403). */
  async editable(manager: EntityManager, id: string, user: AuthUser): Promise<NoteEntity> {
    const note = await findVisibleNote(manager, id, user, true);
    if (!canEditNote(user, note)) {
      throw new ApiError('note.edit_forbidden', 'only the author or the agency leader change this note');
    }
    return note;
  }
}

function renderedBody(markdown: string): { body: string; bodyHtml: string; bodyText: string } {
  return { body: markdown, bodyHtml: renderMarkdown(markdown), bodyText: markdownToPlainText(markdown) };
}

const NO_PERMISSIONS: NotePermissions = {
  edit: false,
  delete: false,
  widen: false,
  comment: false,
  endorseAs: [],
  seeReaders: false,
  uploadAttachment: false,
};

function permissionsOf(user: AuthUser, row: SummaryRow, endorseAs: AgencySummary[]): NotePermissions {
  const facts = { authorId: row.author_id, authorAgencyId: row.author_agency_id };
  const edit = canEditNote(user, { ...facts } as NoteForPolicy);
  const shared = row.status === 'shared';
  return {
    edit,
    delete: edit,
    widen: isAuthorAgencyLeader(user, facts),
    comment: shared && user.memberships.length > 0,
    endorseAs,
    seeReaders: isAuthorAgencyLeader(user, facts),
    uploadAttachment: edit,
  };
}
