import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  NoteDto,
  NoteHistoryDto,
  NoteReadEventDto,
  NoteRecipientDto,
  NoteSearchResultDto,
} from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_ID, BAD_QUERY } from '../common/openapi';
import { Authenticated, Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { CreateNoteBody, NoteRecipientQueryDto, NoteSearchQueryDto, UpdateNoteBody } from './dto/note.requests';
import {
  NoteCountResponse,
  NoteReadEventResponse,
  NoteRecipientResponse,
  NoteResponse,
  NoteRevisionResponse,
  NoteSearchResultResponse,
} from './dto/note.responses';
import { NoteRecordsService } from './note-records.service';
import { NotesService } from './notes.service';
import { NoteSearchService } from './search/note-search.service';

const NOT_VISIBLE = 'No such note, or the caller may not read it';

@ApiTags('notes')
@ApiSignedIn()
@Controller('notes')
export class NotesController {
  constructor(
    private readonly notes: NotesService,
    private readonly search: NoteSearchService,
    private readonly records: NoteRecordsService,
  ) {}

  @Authenticated()
  @Post()
  @ApiRoute('Write a note (a draft unless status is shared) for one of your agencies', {
    201: NoteResponse,
    400: 'Invalid field: unknown marking, RED without recipients, sharing_group without a group or with one the agency is not in, …',
    403: 'Not a member of that agency, marking above your clearance, or publishing without being the leader',
  })
  create(
    @Body() body: CreateNoteBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteDto> {
    return this.notes.create(body, user, origin);
  }

  @Authenticated()
  @Get()
  @ApiRoute('Search and list the notes you may read: ranked full text, filters, facets, keyset pages', {
    200: NoteSearchResultResponse,
    400: BAD_QUERY,
  })
  list(
    @Query() query: NoteSearchQueryDto,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteSearchResultDto> {
    return this.search.search(user, query, origin);
  }

  @Authenticated()
  @Get('count')
  @ApiRoute('How many notes you may read match the filters', { 200: NoteCountResponse, 400: BAD_QUERY })
  async count(@Query() query: NoteSearchQueryDto, @CurrentUser() user: AuthUser): Promise<NoteCountResponse> {
    return { total: await this.search.count(user, query) };
  }

  @Authenticated()
  @Get('recipients')
  @ApiRoute('People a TLP:RED note may name, in any agency: RED-cleared, by name (for whoever holds a RED clearance)', {
    200: [NoteRecipientResponse],
    400: BAD_QUERY,
    403: 'No RED-cleared membership: you cannot write a RED note',
  })
  recipients(@Query() query: NoteRecipientQueryDto, @CurrentUser() user: AuthUser): Promise<NoteRecipientDto[]> {
    return this.notes.recipients(query, user);
  }

  @Public()
  @Get('public')
  @ApiRoute('Best practices published to the public (read-only, no sign-in)', {
    200: NoteSearchResultResponse,
    400: BAD_QUERY,
  })
  publicList(@Query() query: NoteSearchQueryDto): Promise<NoteSearchResultDto> {
    return this.search.search(null, query, null);
  }

  @Public()
  @Get('public/:id')
  @ApiRoute('One best practice published to the public', { 200: NoteResponse, 400: BAD_ID, 404: NOT_VISIBLE })
  publicGet(@Param('id', uuidParam()) id: string): Promise<NoteDto> {
    // Always as the anonymous public, even for a signed-in caller: this is the public page.
    return this.notes.get(id, null, null);
  }

  @Authenticated()
  @Get(':id')
  @ApiRoute('One note (reading intelligence is recorded in its read trail)', {
    200: NoteResponse,
    400: BAD_ID,
    404: NOT_VISIBLE,
  })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteDto> {
    return this.notes.get(id, user, origin);
  }

  @Authenticated()
  @Patch(':id')
  @ApiRoute('Edit a note (versioned; the previous version is kept); widening needs the agency leader', {
    200: NoteResponse,
    400: 'Invalid field or nothing to change',
    403: 'Not the author or the agency leader, or widening without being the leader',
    404: NOT_VISIBLE,
    409: 'Stale version',
  })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateNoteBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteDto> {
    return this.notes.update(id, body, user, origin);
  }

  @Authenticated()
  @Delete(':id')
  @HttpCode(204)
  @ApiRoute('Delete a note with its revisions, comments and files', {
    204: true,
    403: 'Not the author or the agency leader',
    404: NOT_VISIBLE,
  })
  async remove(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.notes.remove(id, user, origin);
  }

  @Authenticated()
  @Get(':id/revisions')
  @ApiRoute('Every version of the note, oldest first, the current one last', {
    200: [NoteRevisionResponse],
    400: BAD_ID,
    404: NOT_VISIBLE,
  })
  history(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NoteHistoryDto> {
    return this.records.history(id, user);
  }

  @Authenticated()
  @Get(':id/readers')
  @ApiRoute("Who read the note: the author agency's leader only", {
    200: [NoteReadEventResponse],
    400: BAD_ID,
    403: "Not the author agency's leader",
    404: NOT_VISIBLE,
  })
  readers(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NoteReadEventDto[]> {
    return this.records.readers(id, user);
  }

  @Authenticated()
  @Get(':id/export')
  @ApiProduces('text/markdown')
  @ApiRoute('The note as a Markdown file (recorded in its read trail)', {
    200: { description: 'text/markdown', schema: { type: 'string' } },
    400: BAD_ID,
    404: NOT_VISIBLE,
  })
  async export(
    @Param('id', uuidParam()) id: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.records.export(id, user, origin);
    void reply
      .header('Content-Type', 'text/markdown; charset=utf-8')
      .header('Content-Disposition', file.disposition)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store');
    return file.markdown;
  }
}
