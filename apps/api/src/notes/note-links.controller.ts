import { Body, Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { NoteSummaryDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_ID } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { LinkNoteBody } from './dto/note.requests';
import { NoteSummaryResponse } from './dto/note.responses';
import { NoteRecordsService } from './note-records.service';

/** Notes linked from an agenda item; the table is the notes module's, the edit rule the agenda's. */
@ApiTags('notes')
@ApiSignedIn()
@Controller('meetings/:id/agenda/items/:itemId/notes')
export class NoteLinksController {
  constructor(private readonly records: NoteRecordsService) {}

  @Authenticated()
  @Get()
  @ApiRoute('The notes linked to an agenda item that you may read', {
    200: [NoteSummaryResponse],
    400: BAD_ID,
    404: 'No such meeting or item, or not visible',
  })
  list(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<NoteSummaryDto[]> {
    return this.records.linked(id, itemId, user);
  }

  @Authenticated()
  @Post()
  @HttpCode(200)
  @ApiRoute('Link a note you read to an item of an agenda you edit', {
    200: [NoteSummaryResponse],
    403: 'You may not edit this agenda',
    404: 'No such meeting, item or note, or not visible',
  })
  link(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: LinkNoteBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteSummaryDto[]> {
    return this.records.link(id, itemId, body.noteId, user, origin);
  }

  @Authenticated()
  @Delete(':noteId')
  @HttpCode(204)
  @ApiRoute('Unlink a note from an agenda item', { 204: true, 403: true, 404: true })
  async unlink(
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Param('noteId', uuidParam('noteId')) noteId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.records.unlink(id, itemId, noteId, user, origin);
  }
}
