import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ANNOUNCEMENT_STATUS_MOVES,
  type AnnouncementDto,
  type AnnouncementRevisionDto,
  type AnnouncementStatus,
  type Page,
} from '@cumbre/contracts';
import { existingAgencyIds } from '../agencies/agency.queries';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { renderMarkdown } from '../common/markdown';
import { PublicContent } from '../common/public-content/public-content.service';
import { announcementTags } from '../common/public-content/tags';
import { assertCurrentVersion, updateVersioned } from '../common/versioned-update';
import { isPublicMeeting } from '../meetings/public-meetings.queries';
import { USER_CONTACTS } from '../users/user.queries';
import { canWriteFor, staffVisibility } from './announcement.policy';
import { mapAnnouncement, mapRevision } from './announcement.mapper';
import { slugTaken, staffAnnouncement, staffAnnouncementPage, type StaffAnnouncementRow } from './announcement.queries';
import type {
  AnnouncementListQueryDto,
  ChangeAnnouncementStatusBody,
  CreateAnnouncementBody,
  UpdateAnnouncementBody,
} from './dto/announcement.requests';
import {
  AnnouncementEntity,
  AnnouncementOldSlugEntity,
  AnnouncementRevisionEntity,
} from './entities/announcement.entity';
import { numberedSlug, slugify } from './slug';

export const ANNOUNCEMENT = { name: 'announcement', notFound: 'announcement.not_found' } as const;

/** Writing announcements: create, edit (with revisions once published), move status. */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly clock: Clock,
    private readonly content: PublicContent,
  ) {}

  async list(user: AuthUser, query: AnnouncementListQueryDto): Promise<Page<AnnouncementDto>> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const page = await staffAnnouncementPage(this.dataSource.manager, staffVisibility(user), {
      status: query.status,
      agencyId: query.agencyId,
      limit,
      offset,
    });
    return {
      items: page.items.map((a) => mapAnnouncement(a, canWriteFor(user, a.agency.id))),
      total: page.total,
      limit,
      offset,
    };
  }

  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<AnnouncementDto> {
    const a = await this.find(manager, id, user);
    return mapAnnouncement(a, canWriteFor(user, a.agency.id));
  }

  async revisions(id: string, user: AuthUser): Promise<AnnouncementRevisionDto[]> {
    await this.find(this.dataSource.manager, id, user);
    const rows: {
      id: string;
      version: number;
      title: string;
      summary: string;
      body: string;
      edited_by: string | null;
      editor_name: string | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.version, r.title, r.summary, r.body, r.edited_by, u.display_name AS editor_name, r.created_at
           FROM announcement_revision r LEFT JOIN ${USER_CONTACTS} u ON u.id = r.edited_by
          WHERE r.announcement_id = $1 ORDER BY r.created_at DESC, r.version DESC`,
      [id],
    );
    return rows.map((r) =>
      mapRevision({
        ...r,
        editedBy: r.edited_by ? { id: r.edited_by, displayName: r.editor_name ?? '' } : null,
        createdAt: r.created_at,
      }),
    );
  }

  async create(body: CreateAnnouncementBody, user: AuthUser, origin: RequestOrigin): Promise<AnnouncementDto> {
    const now = this.clock.now();
    const status = body.status ?? 'draft';
    const publishAt = this.publishTime(status, body.publishAt, now);
    const tags: string[] = [];
    const dto = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      if ((await existingAgencyIds(manager, [body.agencyId])).length === 0) {
        throw new ApiError('agency.unknown', 'agencyId does not name an existing agency', {
          field: 'agencyId',
          params: { ids: [body.agencyId] },
        });
      }
      if (!canWriteFor(user, body.agencyId)) {
        throw new ApiError(
          'announcement.write_forbidden',
          'only a moderator or a leader of the agency writes its announcements',
          {
            field: 'agencyId',
          },
        );
      }
      await this.assertMeeting(manager, body.meetingId);
      const slug = await this.freeSlug(manager, body.slug, body.title, null);
      const inserted = await manager.getRepository(AnnouncementEntity).insert({
        slug,
        title: body.title,
        summary: body.summary,
        body: body.body,
        bodyHtml: renderMarkdown(body.body),
        agencyId: body.agencyId,
        meetingId: body.meetingId ?? null,
        authorId: user.id,
        status,
        publishAt,
        publishedAt: status === 'published' ? now : null,
        coverAlt: body.coverAlt ?? null,
        version: 1,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await audit({
        action: 'announcement.created',
        objectType: 'announcement',
        objectId: id,
        details: { slug, status, agencyId: body.agencyId },
      });
      if (status === 'published') {
        tags.push(...announcementTags(id, body.agencyId));
        await this.content.changed(manager, tags);
      }
      return this.get(id, user, manager);
    });
    this.content.dropLocal(tags);
    return dto;
  }

  async update(
    id: string,
    body: UpdateAnnouncementBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    const tags: string[] = [];
    const dto = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const a = await this.findForWrite(manager, id, user);
      assertCurrentVersion(ANNOUNCEMENT, body.version, a.version);
      const set: Partial<AnnouncementEntity> = {};
      const changed: string[] = [];
      for (const field of ['title', 'summary', 'body', 'coverAlt'] as const) {
        const value = body[field];
        if (value !== undefined && value !== a[field]) {
          (set as Record<string, unknown>)[field] = value;
          changed.push(field);
        }
      }
      if (body.meetingId !== undefined && body.meetingId !== a.meetingId) {
        await this.assertMeeting(manager, body.meetingId);
        set.meetingId = body.meetingId;
        changed.push('meetingId');
      }
      if (body.slug !== undefined && body.slug !== a.slug) {
        await this.freeSlug(manager, body.slug, a.title, a.id);
        await manager.getRepository(AnnouncementOldSlugEntity).delete({ slug: body.slug, announcementId: a.id });
        await manager.getRepository(AnnouncementOldSlugEntity).insert({ slug: a.slug, announcementId: a.id });
        set.slug = body.slug;
        changed.push('slug');
      }
      if (changed.length === 0) return this.get(id, user, manager);
      if (set.body !== undefined) set.bodyHtml = renderMarkdown(set.body);
      const textChanged = changed.some((f) => f === 'title' || f === 'summary' || f === 'body');
      if (a.status === 'published' && textChanged) {
        // The text the public read until now is kept, and the page says "actualizado el …".
        await manager.getRepository(AnnouncementRevisionEntity).insert({
          announcementId: a.id,
          version: a.version,
          title: a.title,
          summary: a.summary,
          body: a.body,
          editedBy: user.id,
        });
        set.revisedAt = this.clock.now();
      }
      await updateVersioned(manager, AnnouncementEntity, ANNOUNCEMENT, { id, version: body.version }, set);
      await audit({ action: 'announcement.updated', objectType: 'announcement', objectId: id, details: { changed } });
      if (a.status === 'published') {
        tags.push(...announcementTags(id, a.agency.id));
        await this.content.changed(manager, tags);
      }
      return this.get(id, user, manager);
    });
    this.content.dropLocal(tags);
    return dto;
  }

  async changeStatus(
    id: string,
    body: ChangeAnnouncementStatusBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    const now = this.clock.now();
    const tags: string[] = [];
    const dto = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const a = await this.findForWrite(manager, id, user);
      assertCurrentVersion(ANNOUNCEMENT, body.version, a.version);
      const allowed = ANNOUNCEMENT_STATUS_MOVES[a.status];
      if (!allowed.includes(body.status)) {
        throw new ApiError(
          'announcement.status_move_not_allowed',
          `an announcement ${a.status} cannot move to ${body.status} (allowed: ${allowed.join(', ') || 'none'})`,
          { field: 'status', params: { from: a.status, to: body.status, allowed: [...allowed] } },
        );
      }
      const publishAt = this.publishTime(body.status, body.publishAt, now);
      await updateVersioned(
        manager,
        AnnouncementEntity,
        ANNOUNCEMENT,
        { id, version: body.version },
        {
          status: body.status,
          publishAt: body.status === 'scheduled' ? publishAt : a.publishAt,
          publishedAt: body.status === 'published' ? (a.publishedAt ?? now) : a.publishedAt,
        },
      );
      await audit({
        action: 'announcement.status_changed',
        objectType: 'announcement',
        objectId: id,
        details: { from: a.status, to: body.status, publishAt: publishAt?.toISOString() ?? null },
      });
      if (a.status === 'published' || body.status === 'published') {
        tags.push(...announcementTags(id, a.agency.id));
        await this.content.changed(manager, tags);
      }
      return this.get(id, user, manager);
    });
    this.content.dropLocal(tags);
    return dto;
  }

  private async find(manager: EntityManager, id: string, user: AuthUser): Promise<StaffAnnouncementRow> {
    const a = await staffAnnouncement(manager, id, staffVisibility(user));
    if (!a) throw new ApiError('announcement.not_found', `announcement ${id} not found`, { params: { id } });
    return a;
  }

  private async findForWrite(manager: EntityManager, id: string, user: AuthUser): Promise<StaffAnnouncementRow> {
    // Serialises writers of one announcement (slug moves, revisions) behind the row lock.
    await manager.query('SELECT 1 FROM announcement WHERE id = $1 FOR UPDATE', [id]);
    const a = await this.find(manager, id, user);
    if (!canWriteFor(user, a.agency.id)) {
      throw new ApiError(
        'announcement.write_forbidden',
        'only a moderator or a leader of the agency writes its announcements',
      );
    }
    return a;
  }

  /** `scheduled` needs a future instant; other statuses ignore it. */
  private publishTime(status: AnnouncementStatus, publishAt: string | null | undefined, now: Date): Date | null {
    if (status !== 'scheduled') return null;
    if (!publishAt)
      throw new ApiError('announcement.publish_at_required', 'a scheduled announcement needs publishAt', {
        field: 'publishAt',
      });
    const at = new Date(publishAt);
    if (at.getTime() <= now.getTime()) {
      throw new ApiError('announcement.publish_at_in_past', 'publishAt must be in the future', { field: 'publishAt' });
    }
    return at;
  }

  private async assertMeeting(manager: EntityManager, meetingId: string | null | undefined): Promise<void> {
    if (!meetingId) return;
    if (!(await isPublicMeeting(manager, meetingId))) {
      throw new ApiError('announcement.unknown_meeting', 'meetingId names no public meeting', {
        field: 'meetingId',
        params: { id: meetingId },
      });
    }
  }

  /** A slug asked for must be free (409 otherwise); a generated one is numbered until it is. */
  private async freeSlug(
    manager: EntityManager,
    asked: string | undefined,
    title: string,
    id: string | null,
  ): Promise<string> {
    if (asked !== undefined) {
      if (await slugTaken(manager, asked, id)) {
        throw new ApiError('announcement.slug_taken', `the slug ${asked} is taken`, {
          field: 'slug',
          params: { slug: asked },
        });
      }
      return asked;
    }
    const base = slugify(title);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : numberedSlug(base, n);
      if (!(await slugTaken(manager, candidate, id))) return candidate;
    }
  }
}
