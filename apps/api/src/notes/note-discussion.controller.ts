import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { Post } from '../common/post.decorator';
import { ApiTags } from '@nestjs/swagger';
import type { NoteCommentDto, NoteEndorsementsDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute, ApiSignedIn, BAD_ID } from '../common/openapi';
import { Authenticated } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { CreateNoteCommentBody } from './dto/note.requests';
import { NoteCommentResponse, NoteEndorsementsResponse } from './dto/note.responses';
import { NoteDiscussionService } from './note-discussion.service';

const NOT_VISIBLE = 'No such note, or the caller may not read it';

@ApiTags('notes')
@ApiSignedIn()
@Controller('notes/:id')
export class NoteDiscussionController {
  constructor(private readonly discussion: NoteDiscussionService) {}

  @Authenticated()
  @Get('comments')
  @ApiRoute('The internal comments on a note, oldest first', {
    200: [NoteCommentResponse],
    400: BAD_ID,
    404: NOT_VISIBLE,
  })
  comments(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NoteCommentDto[]> {
    return this.discussion.comments(id, user);
  }

  @Authenticated()
  @Post('comments')
  @ApiRoute('Comment on a shared note on behalf of one of your agencies', {
    201: NoteCommentResponse,
    400: 'Invalid field',
    403: 'Not a member of that agency',
    404: NOT_VISIBLE,
    409: 'The note is not shared',
  })
  comment(
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateNoteCommentBody,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteCommentDto> {
    return this.discussion.addComment(id, body, user, origin);
  }

  @Authenticated()
  @Delete('comments/:commentId')
  @HttpCode(204)
  @ApiRoute('Remove a comment (its author, or whoever edits the note)', { 204: true, 403: true, 404: true })
  async removeComment(
    @Param('id', uuidParam()) id: string,
    @Param('commentId', uuidParam('commentId')) commentId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.discussion.removeComment(id, commentId, user, origin);
  }

  @Authenticated()
  @Get('endorsements')
  @ApiRoute('The agencies that said "this helped us"', { 200: NoteEndorsementsResponse, 400: BAD_ID, 404: NOT_VISIBLE })
  endorsements(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NoteEndorsementsDto> {
    return this.discussion.endorsements(id, user);
  }

  @Authenticated()
  @Put('endorsements/:agencyId')
  @ApiRoute('Endorse on behalf of an agency you lead or staff (once per agency)', {
    200: NoteEndorsementsResponse,
    403: 'Not leader or staff of that agency, or it is the author agency',
    404: NOT_VISIBLE,
    409: 'The note is not shared',
  })
  endorse(
    @Param('id', uuidParam()) id: string,
    @Param('agencyId', uuidParam('agencyId')) agencyId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteEndorsementsDto> {
    return this.discussion.endorse(id, agencyId, user, origin, true);
  }

  @Authenticated()
  @Delete('endorsements/:agencyId')
  @ApiRoute("Withdraw an agency's endorsement", { 200: NoteEndorsementsResponse, 403: true, 404: NOT_VISIBLE })
  withdraw(
    @Param('id', uuidParam()) id: string,
    @Param('agencyId', uuidParam('agencyId')) agencyId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteEndorsementsDto> {
    return this.discussion.endorse(id, agencyId, user, origin, false);
  }
}
