import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from '../agenda/agenda.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { NoteAttachmentsController } from './attachments/note-attachments.controller';
import { NoteAttachmentsService } from './attachments/note-attachments.service';
import { LocalFolderStorage, NoteStorage } from './attachments/note-storage';
import {
  NoteAgendaLinkEntity,
  NoteAttachmentEntity,
  NoteCommentEntity,
  NoteEndorsementEntity,
  NoteReadEntity,
} from './entities/note-extras.entity';
import { NoteRevisionEntity } from './entities/note-revision.entity';
import { NoteEntity } from './entities/note.entity';
import { NoteDiscussionController } from './note-discussion.controller';
import { NoteDiscussionService } from './note-discussion.service';
import { NoteLinksController } from './note-links.controller';
import { NoteReadLog } from './note-read-log';
import { NoteRecordsService } from './note-records.service';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';
import { NoteSearchService } from './search/note-search.service';

/** Knowledge notes: best practices and intelligence, search, attachments, discussion, read trail. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NoteEntity,
      NoteRevisionEntity,
      NoteCommentEntity,
      NoteEndorsementEntity,
      NoteAttachmentEntity,
      NoteReadEntity,
      NoteAgendaLinkEntity,
    ]),
    AgendaModule,
  ],
  controllers: [NotesController, NoteDiscussionController, NoteAttachmentsController, NoteLinksController],
  providers: [
    NotesService,
    NoteSearchService,
    NoteDiscussionService,
    NoteRecordsService,
    NoteAttachmentsService,
    NoteReadLog,
    {
      provide: NoteStorage,
      useFactory: (config: AppConfig) => new LocalFolderStorage(config.notesStorageDir),
      inject: [APP_CONFIG],
    },
  ],
  exports: [NotesService, NoteStorage],
})
export class NotesModule {}
