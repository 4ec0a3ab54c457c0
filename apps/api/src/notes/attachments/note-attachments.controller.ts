import { Controller, Delete, Get, HttpCode, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { Post } from '../../common/post.decorator';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { NoteAttachmentDto } from '@cumbre/contracts';
import { CurrentUser, Origin } from '../../common/auth-user';
import type { AuthUser, RequestOrigin } from '../../common/auth-user';
import { MULTIPART_UPLOAD } from '../../common/multipart';
import { ApiRoute, ApiSignedIn, BAD_ID } from '../../common/openapi';
import { Authenticated } from '../../common/policy.decorators';
import { uuidParam } from '../../common/validation';
import { NoteAttachmentResponse } from '../dto/note.responses';
import { NoteAttachmentsService } from './note-attachments.service';

const NOT_VISIBLE = 'No such note or attachment, or the caller may not read the note';

@ApiTags('notes')
@ApiSignedIn()
@Controller('notes/:id/attachments')
export class NoteAttachmentsController {
  constructor(private readonly attachments: NoteAttachmentsService) {}

  @Authenticated()
  @Get()
  @ApiRoute("A note's attachments", { 200: [NoteAttachmentResponse], 400: BAD_ID, 404: NOT_VISIBLE })
  list(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<NoteAttachmentDto[]> {
    return this.attachments.list(id, user);
  }

  @Authenticated()
  @Post()
  @RouteConfig(MULTIPART_UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiRoute('Attach a file (PDF, image, office document; ≤ 20 MB; typed by its content)', {
    201: NoteAttachmentResponse,
    400: 'No file part named "file" (413: over 20 MB; 415: not an accepted type by content)',
    403: 'Not the author or the agency leader',
    404: NOT_VISIBLE,
  })
  upload(
    @Param('id', uuidParam()) id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<NoteAttachmentDto> {
    return this.attachments.upload(id, request, user, origin);
  }

  @Authenticated()
  @Get(':attachmentId')
  @ApiRoute('Download an attachment (recorded in the read trail)', {
    200: { description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } },
    400: BAD_ID,
    404: NOT_VISIBLE,
  })
  async download(
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(id, attachmentId, user, origin);
    void reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', file.disposition)
      .header('Content-Length', String(file.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store');
    return new StreamableFile(file.stream);
  }

  @Authenticated()
  @Delete(':attachmentId')
  @HttpCode(204)
  @ApiRoute('Remove an attachment and its file', { 204: true, 403: true, 404: NOT_VISIBLE })
  async remove(
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.attachments.remove(id, attachmentId, user, origin);
  }
}
