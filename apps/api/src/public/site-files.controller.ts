import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicContent } from '../common/public-content/public-content.service';
import { ApiRoute } from '../common/openapi';
import { Public } from '../common/policy.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { robots } from './feeds';
import { answerPublic, FEED_CACHE } from './public-answers';
import { PublicSiteService } from './public-site.service';

/** Files crawlers look for at the site root (excluded from the /api prefix in create-app.ts). */
export const SITE_ROOT_FILES = ['sitemap.xml', 'robots.txt'];

@ApiTags('public')
@Controller()
export class SiteFilesController {
  constructor(
    private readonly site: PublicSiteService,
    private readonly content: PublicContent,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('sitemap.xml')
  @ApiProduces('application/xml')
  @ApiRoute('The public pages, for search engines', { 200: { description: 'sitemap', schema: { type: 'string' } } })
  sitemap(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, FEED_CACHE, async () => {
      const map = await this.site.sitemap();
      return { body: map.value, contentType: 'application/xml; charset=utf-8', tags: map.tags };
    });
  }

  @Public()
  @Get('robots.txt')
  @ApiProduces('text/plain')
  @ApiRoute('What crawlers may read', { 200: { description: 'robots.txt', schema: { type: 'string' } } })
  robots(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, FEED_CACHE, async () => ({
      body: robots(this.config.publicUrl),
      contentType: 'text/plain; charset=utf-8',
      tags: [],
    }));
  }
}
