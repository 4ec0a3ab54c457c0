import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { NOTE_ATTACHMENT_MAX_BYTES, NOTE_ATTACHMENT_TYPES, type NoteAttachmentDto } from '@cumbre/contracts';
import { Changes } from '../../audit/changes';
import { ApiError } from '../../common/api-error';
import type { AuthUser, RequestOrigin } from '../../common/auth-user';
import { Clock } from '../../common/clock';
import { NoteAttachmentEntity } from '../entities/note-extras.entity';
import { canEditNote, type NoteReader } from '../note-access.policy';
import { mapAttachment } from '../note.mapper';
import { NoteReadLog } from '../note-read-log';
import { displayNamesOf, findVisibleNote } from '../notes.queries';
import { NotesService } from '../notes.service';
import { attachmentDisposition, cleanFileName, SNIFF_BYTES, sniffAttachmentType } from './file-type';
import { NoteStorage } from './note-storage';

const tooLarge = () =>
  new ApiError('note.attachment_too_large', 'the file is larger than 20 MB', {
    params: { max: NOTE_ATTACHMENT_MAX_BYTES },
  });

/** An attachment ready to send: its headers and its bytes. */
export interface AttachmentDownload {
  contentType: string;
  disposition: string;
  size: number;
  stream: Readable;
}

/**
 * Attachments: uploaded by whoever may edit the note, typed by their first bytes, size checked
 * while they stream, downloaded only by whoever may read the note (the same policy, inside the
 * same SQL), each download written to the read trail.
 */
@Injectable()
export class NoteAttachmentsService {
  private readonly log = new Logger(NoteAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly notes: NotesService,
    private readonly storage: NoteStorage,
    private readonly reads: NoteReadLog,
    private readonly clock: Clock,
  ) {}

  async upload(
    noteId: string,
    request: FastifyRequest,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<NoteAttachmentDto> {
    // Access first, before a byte is stored: invisible → 404, not editable → 403.
    const note = await findVisibleNote(this.dataSource.manager, noteId, user);
    if (!canEditNote(user, note))
      throw new ApiError('note.edit_forbidden', 'only the author or the agency leader add files');
    if (!request.isMultipart()) throw missing();
    const part = await request.file().catch((error: unknown) => {
      throw isTooLarge(error) ? tooLarge() : missing();
    });
    if (!part || part.fieldname !== 'file') throw missing();

    const chunks = part.file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const next = async () => {
      try {
        return await chunks.next();
      } catch (error) {
        throw isTooLarge(error) ? tooLarge() : error;
      }
    };
    let head = Buffer.alloc(0);
    let ended = false;
    while (head.length < SNIFF_BYTES) {
      const r = await next();
      if (r.done) {
        ended = true;
        break;
      }
      head = Buffer.concat([head, r.value]);
    }
    if (head.length === 0) throw missing();
    const contentType = sniffAttachmentType(head);
    if (!contentType) {
      part.file.resume();
      throw new ApiError('note.attachment_type_not_allowed', 'the content is not an accepted file type', {
        params: { allowed: [...NOTE_ATTACHMENT_TYPES] },
      });
    }
    let size = 0;
    async function* bytes(): AsyncGenerator<Buffer> {
      for (let chunk: Buffer | null = head; chunk; ) {
        size += chunk.length;
        // The plugin's limit stops the stream too; this makes the rule independent of it.
        if (size > NOTE_ATTACHMENT_MAX_BYTES) throw tooLarge();
        yield chunk;
        if (ended) break;
        const r = await next();
        chunk = r.done ? null : r.value;
      }
    }
    const key = randomUUID();
    await this.storage.put(key, Readable.from(bytes()));
    if (part.file.truncated) {
      await this.storage.delete(key);
      throw tooLarge();
    }
    try {
      const saved = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
        await this.notes.editable(manager, noteId, user);
        const row = await manager.getRepository(NoteAttachmentEntity).save({
          noteId,
          fileName: cleanFileName(part.filename),
          contentType,
          sizeBytes: size,
          storageKey: key,
          uploadedById: user.id,
          uploadedAt: this.clock.now(),
        });
        await audit({
          action: 'note.attachment_added',
          objectType: 'note',
          objectId: noteId,
          details: { attachmentId: row.id, fileName: row.fileName, contentType, sizeBytes: size },
        });
        return row;
      });
      return mapAttachment(saved, new Map([[user.id, user.displayName]]));
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }

  /** The file, after the note's read check; the download goes to the read trail. */
  async download(
    noteId: string,
    attachmentId: string,
    user: NoteReader,
    origin: RequestOrigin,
  ): Promise<AttachmentDownload> {
    const manager = this.dataSource.manager;
    await findVisibleNote(manager, noteId, user);
    const row = await manager.getRepository(NoteAttachmentEntity).findOneBy({ id: attachmentId, noteId });
    if (!row) throw attachmentNotFound(attachmentId);
    const stream = await this.storage.open(row.storageKey).catch(() => {
      this.log.error(`attachment ${row.id} has no file under ${row.storageKey}`);
      throw attachmentNotFound(attachmentId);
    });
    await this.reads.record(user, origin, 'download', [noteId]);
    return {
      contentType: row.contentType,
      disposition: attachmentDisposition(row.fileName),
      size: row.sizeBytes,
      stream,
    };
  }

  async list(noteId: string, user: NoteReader): Promise<NoteAttachmentDto[]> {
    const manager = this.dataSource.manager;
    await findVisibleNote(manager, noteId, user);
    const rows = await manager
      .getRepository(NoteAttachmentEntity)
      .find({ where: { noteId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    const names = await displayNamesOf(
      manager,
      rows.map((r) => r.uploadedById).filter((x): x is string => x !== null),
    );
    return rows.map((r) => mapAttachment(r, names));
  }

  async remove(noteId: string, attachmentId: string, user: AuthUser, origin: RequestOrigin): Promise<void> {
    const key = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await this.notes.editable(manager, noteId, user);
      const row = await manager.getRepository(NoteAttachmentEntity).findOneBy({ id: attachmentId, noteId });
      if (!row) throw attachmentNotFound(attachmentId);
      await manager.getRepository(NoteAttachmentEntity).delete({ id: row.id });
      await audit({
        action: 'note.attachment_removed',
        objectType: 'note',
        objectId: noteId,
        details: { attachmentId, fileName: row.fileName },
      });
      return row.storageKey;
    });
    await this.storage.delete(key);
  }
}

const missing = () =>
  new ApiError('note.attachment_missing', 'send multipart/form-data with one file part named "file"');
const attachmentNotFound = (id: string) =>
  new ApiError('note.attachment_not_found', 'attachment not found', { params: { id } });
const isTooLarge = (error: unknown) =>
  (error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE' ||
  (error instanceof ApiError && error.code === 'note.attachment_too_large');
