import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicContent } from '../common/public-content/public-content.service';
import { ApiRoute, BAD_ID, BAD_QUERY } from '../common/openapi';
import { Public } from '../common/policy.decorators';
import { uuidParam } from '../common/validation';
import { MeetingCalendarService } from '../meetings/meeting-calendar.service';
import {
  PublicAnnouncementListQueryDto,
  PublicMeetingListQueryDto,
  PublicPracticeListQueryDto,
} from './dto/public.requests';
import {
  PublicAgencyResponse,
  PublicAnnouncementPageResponse,
  PublicAnnouncementResponse,
  PublicMeetingPageResponse,
  PublicMeetingDetailResponse,
  PublicPracticePageResponse,
  PublicPracticeResponse,
} from './dto/public.responses';
import { answerPublic, FEED_CACHE, JSON_CACHE, json } from './public-answers';
import { PublicSiteService } from './public-site.service';

const RSS = 'application/rss+xml; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * The public site's JSON and feeds: no sign-in, cached (ETag, Cache-Control with
 * stale-while-revalidate, 304) and kept by this instance until the content changes.
 */
@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(
    private readonly site: PublicSiteService,
    private readonly content: PublicContent,
    private readonly calendar: MeetingCalendarService,
  ) {}

  @Public()
  @Get('announcements')
  @ApiRoute('Published announcements, newest first (keyset: pass nextCursor as after)', {
    200: PublicAnnouncementPageResponse,
    400: BAD_QUERY,
  })
  announcements(
    @Query() query: PublicAnnouncementListQueryDto,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const page = await this.site.announcements(query);
      return json(page.value, page.tags);
    });
  }

  @Public()
  @Get('announcements/:slug')
  @ApiRoute('One published announcement with its comments; an old slug answers 301 to the current one', {
    200: PublicAnnouncementResponse,
    404: true,
  })
  announcement(@Param('slug') slug: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const found = await this.site.announcement(slug);
      if ('movedTo' in found) {
        const location = `/api/public/announcements/${encodeURIComponent(found.movedTo)}`;
        // Tagged with every list: an old slug only moves when an announcement changes.
        return json({ slug: found.movedTo, location }, ['announcements'], 301, { location });
      }
      return json(found.value, found.tags);
    });
  }

  @Public()
  @Get('practices')
  @ApiRoute(
    'Best practices published to the public, newest first (keyset: pass nextCursor as after); never intelligence',
    {
      200: PublicPracticePageResponse,
      400: BAD_QUERY,
    },
  )
  practices(@Query() query: PublicPracticeListQueryDto, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const page = await this.site.practices(query);
      return json(page.value, page.tags);
    });
  }

  @Public()
  @Get('practices/:id')
  @ApiRoute('One best practice published to the public (read-only)', {
    200: PublicPracticeResponse,
    400: BAD_ID,
    404: true,
  })
  practice(@Param('id', uuidParam()) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const p = await this.site.practice(id);
      return json(p.value, p.tags);
    });
  }

  @Public()
  @Get('agencies/:id')
  @ApiRoute("An agency's public page: its announcements and upcoming public meetings", {
    200: PublicAgencyResponse,
    400: BAD_ID,
    404: true,
  })
  agency(@Param('id', uuidParam()) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const a = await this.site.agency(id);
      return json(a.value, a.tags);
    });
  }

  @Public()
  @Get('meetings')
  @ApiRoute('Public meetings, upcoming (soonest first) or past (latest first), keyset-paginated', {
    200: PublicMeetingPageResponse,
    400: BAD_QUERY,
  })
  meetings(@Query() query: PublicMeetingListQueryDto, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const page = await this.site.meetings(query);
      return json(page.value, page.tags);
    });
  }

  @Public()
  @Get('meetings/:id.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="reunion.ics"')
  @Header('Cache-Control', 'public, max-age=300, stale-while-revalidate=3600')
  @ApiProduces('text/calendar')
  @ApiRoute('A public meeting as an iCalendar file', {
    200: { description: 'text/calendar', schema: { type: 'string' } },
    404: true,
    409: 'The meeting has no date yet',
  })
  ics(@Param('id', uuidParam()) id: string): Promise<string> {
    return this.calendar.publicMeetingIcs(id);
  }

  @Public()
  @Get('meetings/:id')
  @ApiRoute('One public meeting, with the announcements about it', {
    200: PublicMeetingDetailResponse,
    400: BAD_ID,
    404: true,
  })
  meeting(@Param('id', uuidParam()) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return answerPublic(this.content, req, reply, JSON_CACHE, async () => {
      const m = await this.site.meeting(id);
      return json(m.value, m.tags);
    });
  }

  @Public()
  @Get('feeds/rss.xml')
  @ApiProduces('application/rss+xml')
  @ApiRoute('The latest announcements as RSS 2.0', { 200: { description: 'RSS 2.0', schema: { type: 'string' } } })
  rss(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.feed('rss', undefined, req, reply);
  }

  @Public()
  @Get('feeds/atom.xml')
  @ApiProduces('application/atom+xml')
  @ApiRoute('The latest announcements as Atom', { 200: { description: 'Atom 1.0', schema: { type: 'string' } } })
  atom(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.feed('atom', undefined, req, reply);
  }

  @Public()
  @Get('feeds/agencies/:id/rss.xml')
  @ApiProduces('application/rss+xml')
  @ApiRoute("An agency's latest announcements as RSS 2.0", {
    200: { description: 'RSS 2.0', schema: { type: 'string' } },
    400: BAD_ID,
    404: true,
  })
  agencyRss(@Param('id', uuidParam()) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.feed('rss', id, req, reply);
  }

  @Public()
  @Get('feeds/agencies/:id/atom.xml')
  @ApiProduces('application/atom+xml')
  @ApiRoute("An agency's latest announcements as Atom", {
    200: { description: 'Atom 1.0', schema: { type: 'string' } },
    400: BAD_ID,
    404: true,
  })
  agencyAtom(@Param('id', uuidParam()) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.feed('atom', id, req, reply);
  }

  private feed(kind: 'rss' | 'atom', agencyId: string | undefined, req: FastifyRequest, reply: FastifyReply) {
    return answerPublic(this.content, req, reply, FEED_CACHE, async () => {
      const feed = await this.site.feed(kind, agencyId);
      return { body: feed.value, contentType: kind === 'rss' ? RSS : ATOM, tags: feed.tags };
    });
  }
}
