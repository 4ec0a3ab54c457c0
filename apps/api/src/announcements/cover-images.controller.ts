import { Body, Controller, Delete, Get, Header, Param, ParseIntPipe, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AnnouncementDto } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';
import { CurrentUser, Origin } from '../common/auth-user';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { ApiRoute } from '../common/openapi';
import { Authenticated, Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { AnnouncementCovers } from './announcement-covers.service';
import { AnnouncementResponse } from './dto/announcement.responses';

/** Content types a cover upload may have (the body is the image itself). */
export const COVER_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

const versionQuery = () =>
  new ParseIntPipe({
    exceptionFactory: () =>
      new ApiError('validation.wrong_type', 'version must be an integer', {
        field: 'version',
        params: { expected: 'integer' },
      }),
  });

@ApiTags('announcements')
@Controller()
export class CoverImagesController {
  constructor(private readonly covers: AnnouncementCovers) {}

  @Authenticated()
  @Put('announcements/:id/cover')
  @ApiConsumes(...COVER_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiRoute('Set the cover image (the request body is a JPEG, PNG or WebP); resized to a few widths', {
    200: AnnouncementResponse,
    400: 'Not an image sharp can read',
    403: true,
    404: true,
    409: 'Stale version',
  })
  set(
    @Param('id', uuidParam()) id: string,
    @Query('version', versionQuery()) version: number,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    if (!Buffer.isBuffer(body))
      throw new ApiError('announcement.bad_image', 'send the image as the body', { field: 'file' });
    return this.covers.set(id, version, body, user, origin);
  }

  @Authenticated()
  @Delete('announcements/:id/cover')
  @ApiRoute('Remove the cover image', { 200: AnnouncementResponse, 403: true, 404: true, 409: 'Stale version' })
  remove(
    @Param('id', uuidParam()) id: string,
    @Query('version', versionQuery()) version: number,
    @CurrentUser() user: AuthUser,
    @Origin() origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    return this.covers.remove(id, version, user, origin);
  }

  @Public()
  @Get('public/images/:id.webp')
  @Header('Content-Type', 'image/webp')
  @ApiProduces('image/webp')
  @ApiRoute('One cover image variant; its URL changes with the image, so it is cached for good', {
    200: { description: 'image/webp', schema: { type: 'string', format: 'binary' } },
    404: true,
  })
  async image(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply) {
    const bytes = await this.covers.bytes(id);
    if (!bytes) throw new ApiError('common.not_found', 'no such image', { params: { resource: 'image' } });
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('image/webp').send(bytes);
  }
}
