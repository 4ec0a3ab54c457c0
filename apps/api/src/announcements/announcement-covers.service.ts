import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnnouncementDto } from '@cumbre/contracts';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { PublicContent } from '../common/public-content/public-content.service';
import { announcementTags } from '../common/public-content/tags';
import { assertCurrentVersion, updateVersioned } from '../common/versioned-update';
import { canWriteFor, staffVisibility } from './announcement.policy';
import { staffAnnouncement } from './announcement.queries';
import { ANNOUNCEMENT, AnnouncementsService } from './announcements.service';
import { resizeCover } from './cover-images';
import { AnnouncementEntity, AnnouncementImageEntity, type StoredCover } from './entities/announcement.entity';

export const coverImageUrl = (imageId: string) => `/api/public/images/${imageId}.webp`;

/** Cover images: upload (resized to a few widths for `srcset`), removal, and their bytes. */
@Injectable()
export class AnnouncementCovers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly content: PublicContent,
    private readonly announcements: AnnouncementsService,
  ) {}

  async set(
    id: string,
    version: number,
    image: Buffer,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AnnouncementDto> {
    // Resized before the transaction: the slow part holds no lock.
    const variants = await resizeCover(image);
    return this.write(id, version, user, origin, async (manager) => {
      const stored: { id: string; width: number; height: number }[] = [];
      for (const v of variants) {
        const inserted = await manager
          .getRepository(AnnouncementImageEntity)
          .insert({ announcementId: id, width: v.width, height: v.height, data: v.data });
        stored.push({ id: (inserted.identifiers[0] as { id: string }).id, width: v.width, height: v.height });
      }
      const widest = stored[stored.length - 1];
      const cover: StoredCover = {
        url: coverImageUrl(widest.id),
        width: widest.width,
        height: widest.height,
        srcset: stored.map((s) => `${coverImageUrl(s.id)} ${s.width}w`).join(', '),
        variants: stored.map((s) => ({ width: s.width, height: s.height, url: coverImageUrl(s.id) })),
      };
      return { cover, keep: stored.map((s) => s.id), details: { widths: stored.map((s) => s.width) } };
    });
  }

  remove(id: string, version: number, user: AuthUser, origin: RequestOrigin): Promise<AnnouncementDto> {
    return this.write(id, version, user, origin, async () => ({ cover: null, keep: [], details: {} }));
  }

  /** The bytes of one variant; null when there is no such image. */
  async bytes(imageId: string): Promise<Buffer | null> {
    const rows: { data: Buffer }[] = await this.dataSource.query('SELECT data FROM announcement_image WHERE id = $1', [
      imageId,
    ]);
    return rows[0]?.data ?? null;
  }

  private async write(
    id: string,
    version: number,
    user: AuthUser,
    origin: RequestOrigin,
    make: (
      manager: import('typeorm').EntityManager,
    ) => Promise<{ cover: StoredCover | null; keep: string[]; details: Record<string, unknown> }>,
  ): Promise<AnnouncementDto> {
    const tags: string[] = [];
    const dto = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await manager.query('SELECT 1 FROM announcement WHERE id = $1 FOR UPDATE', [id]);
      const a = await staffAnnouncement(manager, id, staffVisibility(user));
      if (!a) throw new ApiError('announcement.not_found', `announcement ${id} not found`, { params: { id } });
      if (!canWriteFor(user, a.agency.id)) {
        throw new ApiError(
          'announcement.write_forbidden',
          'only a moderator or a leader of the agency writes its announcements',
        );
      }
      assertCurrentVersion(ANNOUNCEMENT, version, a.version);
      const { cover, keep, details } = await make(manager);
      await manager.query('DELETE FROM announcement_image WHERE announcement_id = $1 AND NOT (id = ANY($2::uuid[]))', [
        id,
        keep,
      ]);
      await updateVersioned(manager, AnnouncementEntity, ANNOUNCEMENT, { id, version }, { cover: cover as never });
      await audit({
        action: cover ? 'announcement.cover_set' : 'announcement.cover_removed',
        objectType: 'announcement',
        objectId: id,
        details,
      });
      if (a.status === 'published') {
        tags.push(...announcementTags(id, a.agency.id));
        await this.content.changed(manager, tags);
      }
      return this.announcements.get(id, user, manager);
    });
    this.content.dropLocal(tags);
    return dto;
  }
}
