import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NoteCommentDto, NoteEndorsementsDto } from '@cumbre/contracts';
import { agencySummariesOf } from '../agencies/agency.queries';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { renderMarkdown } from '../common/markdown';
import type { CreateNoteCommentBody } from './dto/note.requests';
import { NoteCommentEntity, NoteEndorsementEntity } from './entities/note-extras.entity';
import type { NoteEntity } from './entities/note.entity';
import { canEditNote, endorsingAgencyIds, type NoteReader } from './note-access.policy';
import { mapComment } from './note.mapper';
import { displayNamesOf, findVisibleNote, runSql } from './notes.queries';

const notShared = (note: NoteEntity) =>
  new ApiError('note.not_shared', 'comments and endorsements are for shared notes', {
    params: { status: note.status },
  });

/** Comments (internal, never public) and "this helped us" endorsements, one per agency. */
@Injectable()
export class NoteDiscussionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly clock: Clock,
  ) {}

  async comments(noteId: string, user: AuthUser): Promise<NoteCommentDto[]> {
    const manager = this.dataSource.manager;
    await findVisibleNote(manager, noteId, user);
    const rows = await manager
      .getRepository(NoteCommentEntity)
      .find({ where: { noteId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.mapComments(manager, rows);
  }

  async addComment(
    noteId: string,
    body: CreateNoteCommentBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<NoteCommentDto> {
    const agencyId = body.agencyId ?? user.memberships[0]?.agencyId;
    if (!agencyId || !user.memberships.some((ms) => ms.agencyId === agencyId)) {
      throw new ApiError('note.comment_agency_forbidden', 'comment on behalf of one of your agencies', {
        field: 'agencyId',
      });
    }
    const row = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const note = await findVisibleNote(manager, noteId, user);
      if (note.status !== 'shared') throw notShared(note);
      const saved = await manager.getRepository(NoteCommentEntity).save({
        noteId,
        authorId: user.id,
        agencyId,
        body: body.body,
        bodyHtml: renderMarkdown(body.body),
        createdAt: this.clock.now(),
      });
      await audit({
        action: 'note.commented',
        objectType: 'note',
        objectId: noteId,
        details: { commentId: saved.id, agencyId },
      });
      return saved;
    });
    const [dto] = await this.mapComments(this.dataSource.manager, [row]);
    return dto;
  }

  /** The comment's author, or whoever may edit the note, removes a comment. */
  async removeComment(noteId: string, commentId: string, user: AuthUser, origin: RequestOrigin): Promise<void> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const note = await findVisibleNote(manager, noteId, user);
      const comment = await manager.getRepository(NoteCommentEntity).findOneBy({ id: commentId, noteId });
      if (!comment) throw new ApiError('note.comment_not_found', 'comment not found', { params: { id: commentId } });
      if (comment.authorId !== user.id && !canEditNote(user, note)) {
        throw new ApiError('note.edit_forbidden', 'only its author or the note editors remove a comment');
      }
      await manager.getRepository(NoteCommentEntity).delete({ id: commentId });
      await audit({ action: 'note.comment_removed', objectType: 'note', objectId: noteId, details: { commentId } });
    });
  }

  async endorsements(
    noteId: string,
    user: NoteReader,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NoteEndorsementsDto> {
    await findVisibleNote(manager, noteId, user);
    const rows = await manager
      .getRepository(NoteEndorsementEntity)
      .find({ where: { noteId }, order: { createdAt: 'ASC' } });
    const agencies = await agencySummariesOf(
      manager,
      rows.map((r) => r.agencyId),
    );
    return {
      count: rows.length,
      agencies: rows.flatMap((r) => {
        const a = agencies.get(r.agencyId);
        return a ? [a] : [];
      }),
    };
  }

  /** One endorsement per agency: endorsing again changes nothing. */
  async endorse(
    noteId: string,
    agencyId: string,
    user: AuthUser,
    origin: RequestOrigin,
    on: boolean,
  ): Promise<NoteEndorsementsDto> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const note = await findVisibleNote(manager, noteId, user);
      if (!endorsingAgencyIds(user, note).includes(agencyId)) {
        throw new ApiError('note.endorse_forbidden', 'endorse for an agency you lead or staff, other than the author', {
          field: 'agencyId',
        });
      }
      if (on) {
        if (note.status !== 'shared') throw notShared(note);
        const inserted = await runSql(
          manager,
          `INSERT INTO note_endorsement (note_id, agency_id, endorsed_by_id, created_at)
           VALUES (:noteId, :agencyId, :userId, :at) ON CONFLICT DO NOTHING RETURNING note_id`,
          { noteId, agencyId, userId: user.id, at: this.clock.now() },
        );
        if (inserted.length > 0) {
          await audit({ action: 'note.endorsed', objectType: 'note', objectId: noteId, details: { agencyId } });
        }
      } else {
        const result = await manager.getRepository(NoteEndorsementEntity).delete({ noteId, agencyId });
        if (result.affected) {
          await audit({
            action: 'note.endorsement_withdrawn',
            objectType: 'note',
            objectId: noteId,
            details: { agencyId },
          });
        }
      }
    });
    return this.endorsements(noteId, user);
  }

  private async mapComments(manager: EntityManager, rows: NoteCommentEntity[]): Promise<NoteCommentDto[]> {
    const [agencies, people] = await Promise.all([
      agencySummariesOf(
        manager,
        rows.map((r) => r.agencyId).filter((x): x is string => x !== null),
      ),
      displayNamesOf(
        manager,
        rows.map((r) => r.authorId).filter((x): x is string => x !== null),
      ),
    ]);
    return rows.map((r) => mapComment(r, agencies, people));
  }
}
