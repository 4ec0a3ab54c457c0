import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NoteReadAction } from '@cumbre/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { runSql } from './notes.queries';

/**
 * The read trail of intelligence notes: every single read, every search that returned some,
 * every download and export. One INSERT for all the notes of a search (`unnest`), plus one
 * audit event listing them, whatever the number of notes: never a round trip per note.
 */
@Injectable()
export class NoteReadLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(
    reader: AuthUser | null,
    origin: RequestOrigin | null,
    action: NoteReadAction,
    noteIds: string[],
  ): Promise<void> {
    if (noteIds.length === 0) return;
    await Promise.all([
      runSql(
        this.dataSource.manager,
        `INSERT INTO note_read (note_id, reader_id, action, ip, request_id, at)
         SELECT unnest(CAST(:noteIds AS uuid[])), :readerId, :action, :ip, :requestId, :at`,
        {
          noteIds,
          readerId: reader?.id ?? null,
          action,
          ip: origin?.ip ?? null,
          requestId: origin?.requestId ?? null,
          at: this.clock.now(),
        },
      ),
      this.audit.record({
        action: `note.${action}`,
        actor: reader,
        objectType: 'note',
        objectId: noteIds.length === 1 ? noteIds[0] : null,
        origin,
        details: { noteIds },
      }),
    ]);
  }
}
