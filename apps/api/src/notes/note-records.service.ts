import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TLP_MEANINGS, type NoteHistoryDto, type NoteReadEventDto, type NoteSummaryDto } from '@cumbre/contracts';
import { AgendaQueries } from '../agenda/agenda-queries.service';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { NoteAgendaLinkEntity } from './entities/note-extras.entity';
import { NoteRevisionEntity } from './entities/note-revision.entity';
import { isAuthorAgencyLeader, type NoteReader } from './note-access.policy';
import { mapNoteSummary, mapRevision } from './note.mapper';
import { NoteReadLog } from './note-read-log';
import { displayNamesOf, findVisibleNote, linkedNoteRows, namesFor, runSql } from './notes.queries';
import { attachmentDisposition } from './attachments/file-type';
import { USER_CONTACTS } from '../users/user.queries';

export interface NoteExport {
  fileName: string;
  disposition: string;
  markdown: string;
}

/** History, the read trail, the Markdown export and the links from agenda items. */
@Injectable()
export class NoteRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly reads: NoteReadLog,
    private readonly agenda: AgendaQueries,
    private readonly clock: Clock,
  ) {}

  /** Every version, oldest first, the current one last (who wrote each, and when). */
  async history(noteId: string, user: NoteReader): Promise<NoteHistoryDto> {
    const manager = this.dataSource.manager;
    const note = await findVisibleNote(manager, noteId, user);
    const revisions = await manager
      .getRepository(NoteRevisionEntity)
      .find({ where: { noteId }, order: { version: 'ASC' } });
    const current = { ...note, editedById: note.updatedById, editedAt: note.updatedAt };
    const all = [...revisions, current];
    const [names, people] = await Promise.all([
      namesFor(
        manager,
        all.map((r) => ({ author_agency_id: note.authorAgencyId, sharing_group_id: r.sharingGroupId })),
      ),
      displayNamesOf(
        manager,
        all.map((r) => r.editedById).filter((x): x is string => x !== null),
      ),
    ]);
    return all.map((r) => mapRevision(r, names, people));
  }

  /** Who read the note (newest first): the author agency's leader only, on a note they read. */
  async readers(noteId: string, user: AuthUser): Promise<NoteReadEventDto[]> {
    const manager = this.dataSource.manager;
    const note = await findVisibleNote(manager, noteId, user);
    if (!isAuthorAgencyLeader(user, note)) {
      throw new ApiError('note.readers_forbidden', "only the author agency's leader sees who read a note");
    }
    const rows = await runSql<{
      reader_id: string | null;
      display_name: string | null;
      action: NoteReadEventDto['action'];
      at: Date;
      ip: string | null;
    }>(
      manager,
      `SELECT r.reader_id, u.display_name, r.action, r.at, r.ip FROM note_read r
         LEFT JOIN ${USER_CONTACTS} u ON u.id = r.reader_id
        WHERE r.note_id = :noteId ORDER BY r.at DESC, r.id DESC LIMIT 500`,
      { noteId },
    );
    return rows.map((r) => ({
      reader: r.reader_id && r.display_name ? { id: r.reader_id, displayName: r.display_name } : null,
      action: r.action,
      at: r.at.toISOString(),
      ip: r.ip,
    }));
  }

  /** The note as a Markdown file with its marking written out; the export goes to the read trail. */
  async export(noteId: string, user: NoteReader, origin: RequestOrigin): Promise<NoteExport> {
    const manager = this.dataSource.manager;
    const note = await findVisibleNote(manager, noteId, user);
    const names = await namesFor(manager, [
      { author_agency_id: note.authorAgencyId, sharing_group_id: note.sharingGroupId },
    ]);
    const agency = names.agencies.get(note.authorAgencyId);
    const tlp = TLP_MEANINGS[note.marking];
    const lines = [
      `**TLP:${note.marking}** — ${tlp.es}`,
      '',
      `# ${note.title}`,
      '',
      `- Agencia: ${agency?.name ?? ''}`,
      `- Estado: ${note.status}`,
      `- Versión: ${note.version}`,
      `- Actualizada: ${note.updatedAt.toISOString()}`,
      `- Etiquetas: ${note.tags.join(', ')}`,
      `- Exportada: ${this.clock.now().toISOString()}`,
      '',
      note.summary ? `> ${note.summary.replace(/\n/g, '\n> ')}\n` : '',
      note.body,
      '',
    ];
    await this.reads.record(user, origin, 'export', [noteId]);
    const slug =
      note.title
        .normalize('NFD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .slice(0, 60) || 'nota';
    const fileName = `${slug}.md`;
    return { fileName, disposition: attachmentDisposition(fileName), markdown: lines.join('\n') };
  }

  /** The notes linked to an agenda item that the caller may read (the others are not there). */
  async linked(meetingId: string, itemId: string, user: AuthUser): Promise<NoteSummaryDto[]> {
    await this.agenda.itemAccess(meetingId, itemId, user);
    const manager = this.dataSource.manager;
    const rows = await linkedNoteRows(manager, itemId, user);
    const names = await namesFor(manager, rows);
    return rows.map((r) => mapNoteSummary(r, names));
  }

  /** Links a note the caller reads to an item they may edit (agenda rules). */
  async link(
    meetingId: string,
    itemId: string,
    noteId: string,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<NoteSummaryDto[]> {
    const access = await this.agenda.itemAccess(meetingId, itemId, user);
    if (!access.edit) throw new ApiError('note.link_forbidden', 'you may not change this agenda item');
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await findVisibleNote(manager, noteId, user);
      await runSql(
        manager,
        `INSERT INTO note_agenda_link (agenda_item_id, note_id, linked_by_id, linked_at)
         VALUES (:itemId, :noteId, :userId, :at) ON CONFLICT DO NOTHING`,
        { itemId, noteId, userId: user.id, at: this.clock.now() },
      );
      await audit({ action: 'note.linked', objectType: 'note', objectId: noteId, details: { meetingId, itemId } });
    });
    return this.linked(meetingId, itemId, user);
  }

  async unlink(
    meetingId: string,
    itemId: string,
    noteId: string,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<void> {
    const access = await this.agenda.itemAccess(meetingId, itemId, user);
    if (!access.edit) throw new ApiError('note.link_forbidden', 'you may not change this agenda item');
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await findVisibleNote(manager, noteId, user);
      const result = await manager.getRepository(NoteAgendaLinkEntity).delete({ agendaItemId: itemId, noteId });
      if (!result.affected)
        throw new ApiError('note.link_not_found', 'that note is not linked here', { params: { noteId } });
      await audit({ action: 'note.unlinked', objectType: 'note', objectId: noteId, details: { meetingId, itemId } });
    });
  }
}
