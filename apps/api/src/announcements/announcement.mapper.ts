import type {
  AnnouncementDto,
  AnnouncementRevisionDto,
  CoverImageDto,
  PublicAnnouncementSummaryDto,
} from '@cumbre/contracts';
import type { StaffAnnouncementRow, PublicAnnouncementRow } from './announcement.queries';
import type { StoredCover } from './entities/announcement.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function mapCover(cover: StoredCover | null, alt: string | null): CoverImageDto | null {
  if (!cover) return null;
  return {
    alt: alt ?? '',
    url: cover.url,
    width: cover.width,
    height: cover.height,
    srcset: cover.srcset,
    variants: cover.variants.map((v) => ({ width: v.width, height: v.height, url: v.url })),
  };
}

export function mapAnnouncement(a: StaffAnnouncementRow, canEdit: boolean): AnnouncementDto {
  return {
    id: a.id,
    slug: a.slug,
    oldSlugs: a.oldSlugs,
    title: a.title,
    summary: a.summary,
    body: a.body,
    bodyHtml: a.bodyHtml,
    cover: mapCover(a.cover, a.coverAlt),
    agency: a.agency,
    meetingId: a.meetingId,
    status: a.status,
    publishAt: iso(a.publishAt),
    publishedAt: iso(a.publishedAt),
    revisedAt: iso(a.revisedAt),
    revisionCount: a.revisionCount,
    author: a.author,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    can: { edit: canEdit },
  };
}

export function mapPublicAnnouncementSummary(a: PublicAnnouncementRow): PublicAnnouncementSummaryDto {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    publishedAt: a.publishedAt.toISOString(),
    revisedAt: iso(a.revisedAt),
    agency: a.agency,
    cover: mapCover(a.cover, a.coverAlt),
    commentCount: a.commentCount,
  };
}

export function mapRevision(r: {
  id: string;
  version: number;
  title: string;
  summary: string;
  body: string;
  editedBy: { id: string; displayName: string } | null;
  createdAt: Date;
}): AnnouncementRevisionDto {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    summary: r.summary,
    body: r.body,
    editedBy: r.editedBy,
    createdAt: r.createdAt.toISOString(),
  };
}
