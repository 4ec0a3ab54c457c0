import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  PUBLIC_CACHE_TAGS,
  PUBLIC_FEEDS,
  PUBLIC_MEETING_NEWS,
  PUBLIC_PAGE_SIZE,
  PUBLIC_PATHS,
  type KeysetPage,
  type PublicAgencyDto,
  type PublicAnnouncementDto,
  type PublicAnnouncementSummaryDto,
  type PublicMeetingDetailDto,
  type PublicMeetingDto,
  type PublicPracticeDto,
  type PublicPracticeSummaryDto,
} from '@cumbre/contracts';
import { AGENCY_SUMMARIES, agencySummaryColumns, agencySummaryFromRow } from '../agencies/agency.queries';
import { mapPublicAnnouncementSummary } from '../announcements/announcement.mapper';
import {
  currentSlugOf,
  publicAnnouncementBySlug,
  publicAnnouncementPage,
  publishedSlugs,
} from '../announcements/announcement.queries';
import { CommentsService } from '../comments/comments.service';
import { ApiError } from '../common/api-error';
import { Clock } from '../common/clock';
import { renderMarkdown } from '../common/markdown';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SqlReader } from '../database/sql-reader';
import { publicMeetingById, publicMeetingPage, type PublicMeetingRow } from '../meetings/public-meetings.queries';
import { practiceTags, publicPracticeById, publicPracticePage } from '../notes/public-practices.queries';
import { decodeCursor, keysetPage } from './cursor';
import { atom, rss, sitemap, type FeedEntry } from './feeds';

const FEED_SIZE = 20;

/** A built public answer: the DTO and the content tags it shows. */
export interface Tagged<T> {
  value: T;
  tags: string[];
}

/**
 * The public site's reads, composed from the queries of the modules that own the tables; they
 * run on the pool through SqlReader, but for the practices' queries, which build their SQL
 * with TypeORM's parameter expansion and so take the EntityManager.
 */
@Injectable()
export class PublicSiteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly comments: CommentsService,
    private readonly reader: SqlReader,
  ) {}

  async announcements(q: {
    after?: string;
    limit?: number;
    agencyId?: string;
  }): Promise<Tagged<KeysetPage<PublicAnnouncementSummaryDto>>> {
    const limit = q.limit ?? PUBLIC_PAGE_SIZE;
    const rows = await publicAnnouncementPage(this.reader, {
      after: decodeCursor(q.after),
      limit,
      agencyId: q.agencyId,
    });
    const page = keysetPage(rows, limit, mapPublicAnnouncementSummary, (r) => ({ at: r.publishedAt, id: r.id }));
    return { value: page, tags: [PUBLIC_CACHE_TAGS.announcementList] };
  }

  /** Best practices published to the public, newest shared first. */
  async practices(q: { after?: string; limit?: number }): Promise<Tagged<KeysetPage<PublicPracticeSummaryDto>>> {
    const limit = q.limit ?? PUBLIC_PAGE_SIZE;
    const rows = await publicPracticePage(this.dataSource.manager, { after: decodeCursor(q.after), limit });
    return {
      value: keysetPage(
        rows,
        limit,
        (r) => r.dto,
        (r) => r,
      ),
      tags: [PUBLIC_CACHE_TAGS.practiceList],
    };
  }

  /** One published best practice (404 for anything else: unpublished, withdrawn, intelligence). */
  async practice(id: string): Promise<Tagged<PublicPracticeDto>> {
    const practice = await publicPracticeById(this.dataSource.manager, id);
    if (!practice) throw new ApiError('note.not_found', 'no such published best practice', { params: { id } });
    return { value: practice, tags: practiceTags(id) };
  }

  /** The announcement, or where its old slug now lives (for a 301). */
  async announcement(slug: string): Promise<Tagged<PublicAnnouncementDto> | { movedTo: string }> {
    const a = await publicAnnouncementBySlug(this.reader, slug);
    if (!a) {
      const current = await currentSlugOf(this.reader, slug);
      if (current) return { movedTo: current };
      throw new ApiError('announcement.not_found', `announcement ${slug} not found`, { params: { slug } });
    }
    const [comments, meeting] = await Promise.all([
      this.comments.thread(a.id),
      a.meetingId ? publicMeetingById(this.reader, a.meetingId) : Promise.resolve(null),
    ]);
    const tags = [PUBLIC_CACHE_TAGS.announcement(a.id), PUBLIC_CACHE_TAGS.agency(a.agency.id)];
    if (a.meetingId) tags.push(PUBLIC_CACHE_TAGS.meeting(a.meetingId));
    return {
      value: {
        ...mapPublicAnnouncementSummary(a),
        bodyHtml: a.bodyHtml ?? '',
        meeting: meeting ? this.mapMeeting(meeting) : null,
        comments,
        path: PUBLIC_PATHS.announcement(a.slug),
      },
      tags,
    };
  }

  async agency(id: string): Promise<Tagged<PublicAgencyDto>> {
    const [row] = await this.reader.query(
      `SELECT ${agencySummaryColumns('o', 'o_')}, ${agencySummaryColumns('p', 'p_')}
         FROM ${AGENCY_SUMMARIES} o LEFT JOIN ${AGENCY_SUMMARIES} p ON p.id = o.parent_id WHERE o.id = $1`,
      [id],
    );
    if (!row) throw new ApiError('agency.not_found', `agency ${id} not found`, { params: { id } });
    const [announcements, meetings] = await Promise.all([
      this.announcements({ agencyId: id }),
      publicMeetingPage(this.reader, {
        when: 'upcoming',
        now: this.clock.now(),
        after: null,
        limit: 10,
        hostAgencyId: id,
      }),
    ]);
    return {
      value: {
        ...agencySummaryFromRow(row, 'o_'),
        parent: row['p_id'] ? agencySummaryFromRow(row, 'p_') : null,
        announcements: announcements.value,
        upcomingMeetings: meetings.slice(0, 10).map((m) => this.mapMeeting(m)),
        feeds: { rss: PUBLIC_FEEDS.agencyRss(id), atom: PUBLIC_FEEDS.agencyAtom(id) },
      },
      // The page names its parent, so a renamed parent drops it too.
      tags: [
        PUBLIC_CACHE_TAGS.agency(id),
        ...(row['p_id'] ? [PUBLIC_CACHE_TAGS.agency(row['p_id'] as string)] : []),
        PUBLIC_CACHE_TAGS.announcementList,
        PUBLIC_CACHE_TAGS.meetings,
      ],
    };
  }

  async meetings(q: {
    when?: 'upcoming' | 'past';
    after?: string;
    limit?: number;
  }): Promise<Tagged<KeysetPage<PublicMeetingDto>>> {
    const limit = q.limit ?? PUBLIC_PAGE_SIZE;
    const rows = await publicMeetingPage(this.reader, {
      when: q.when ?? 'upcoming',
      now: this.clock.now(),
      after: decodeCursor(q.after),
      limit,
    });
    const page = keysetPage(
      rows,
      limit,
      (m) => this.mapMeeting(m),
      (m) => ({ at: m.startsAt as Date, id: m.id }),
    );
    return { value: page, tags: [PUBLIC_CACHE_TAGS.meetings] };
  }

  /** The meeting, with the newest published announcements about it (the list's tag: a new one shows). */
  async meeting(id: string): Promise<Tagged<PublicMeetingDetailDto>> {
    const [m, news] = await Promise.all([
      publicMeetingById(this.reader, id),
      publicAnnouncementPage(this.reader, { after: null, limit: PUBLIC_MEETING_NEWS, meetingId: id }),
    ]);
    if (!m) throw new ApiError('meeting.not_found', `meeting ${id} not found`, { params: { id } });
    return {
      value: {
        ...this.mapMeeting(m),
        announcements: news.slice(0, PUBLIC_MEETING_NEWS).map(mapPublicAnnouncementSummary),
      },
      tags: [
        PUBLIC_CACHE_TAGS.meeting(m.id),
        PUBLIC_CACHE_TAGS.agency(m.hostAgency.id),
        PUBLIC_CACHE_TAGS.announcementList,
      ],
    };
  }

  async feed(kind: 'rss' | 'atom', agencyId?: string): Promise<Tagged<string>> {
    let agencyName: string | null = null;
    if (agencyId) {
      const [a] = await this.reader.query(`SELECT name FROM ${AGENCY_SUMMARIES} o WHERE o.id = $1`, [agencyId]);
      if (!a) throw new ApiError('agency.not_found', `agency ${agencyId} not found`, { params: { id: agencyId } });
      agencyName = a['name'] as string;
    }
    const rows = await publicAnnouncementPage(this.reader, { after: null, limit: FEED_SIZE, agencyId, withBody: true });
    const base = this.config.publicUrl;
    const entries: FeedEntry[] = rows.slice(0, FEED_SIZE).map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      bodyHtml: r.bodyHtml ?? '',
      url: `${base}${PUBLIC_PATHS.announcement(r.slug)}`,
      publishedAt: r.publishedAt,
      updatedAt: r.revisedAt ?? r.publishedAt,
      agencyName: r.agency.name,
    }));
    const self = agencyId
      ? kind === 'rss'
        ? PUBLIC_FEEDS.agencyRss(agencyId)
        : PUBLIC_FEEDS.agencyAtom(agencyId)
      : kind === 'rss'
        ? PUBLIC_FEEDS.rss
        : PUBLIC_FEEDS.atom;
    const channel = {
      title: agencyName ? `Cumbre — anuncios de ${agencyName}` : 'Cumbre — anuncios',
      description: agencyName
        ? `Anuncios públicos de ${agencyName}`
        : 'Anuncios públicos de las entidades de la Cumbre',
      siteUrl: `${base}${agencyId ? PUBLIC_PATHS.agency(agencyId) : PUBLIC_PATHS.home}`,
      selfUrl: `${base}${self}`,
      id: `urn:cumbre:announcements:${agencyId ?? 'all'}`,
    };
    const tags = [PUBLIC_CACHE_TAGS.announcementList, ...(agencyId ? [PUBLIC_CACHE_TAGS.agency(agencyId)] : [])];
    return { value: kind === 'rss' ? rss(channel, entries) : atom(channel, entries), tags };
  }

  async sitemap(): Promise<Tagged<string>> {
    const base = this.config.publicUrl;
    const slugs = await publishedSlugs(this.reader);
    const urls = [
      { loc: `${base}${PUBLIC_PATHS.home}`, lastModified: slugs[0]?.lastModified },
      { loc: `${base}${PUBLIC_PATHS.meetings}` },
      ...slugs.map((s) => ({ loc: `${base}${PUBLIC_PATHS.announcement(s.slug)}`, lastModified: s.lastModified })),
    ];
    return { value: sitemap(urls), tags: [PUBLIC_CACHE_TAGS.announcementList] };
  }

  private mapMeeting(m: PublicMeetingRow): PublicMeetingDto {
    return {
      id: m.id,
      title: m.title,
      descriptionHtml: renderMarkdown(m.description),
      status: m.status,
      startsAt: m.startsAt?.toISOString() ?? null,
      endsAt: m.endsAt?.toISOString() ?? null,
      timeZone: m.timeZone,
      hostAgency: m.hostAgency,
      venue: m.venue,
      icsUrl: `/api/public/meetings/${m.id}.ics`,
      agendaPublished: m.agendaPublished,
      minutesPublished: m.minutesPublished,
    };
  }
}
