import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AnnouncementStatus, CoverImageDto } from '@cumbre/contracts';
import { CreatedRow, TimestampedRow } from '../../database/entity-columns';

/** A cover image as stored: its variants (alt text lives in its own column). */
export type StoredCover = Omit<CoverImageDto, 'alt'>;

// A mixin's base must take `...args: any[]` (TS2545); the row classes take none.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RowClass = abstract new (...args: any[]) => object;

/**
 * The text of an announcement, declared once: the announcement's own columns, and the copy of
 * them each revision keeps (`title`, `summary`, `body`, the same types on both tables).
 */
function withAnnouncementText<Base extends RowClass>(base: Base) {
  abstract class AnnouncementText extends base {
    @Column({ type: 'varchar', length: 200 })
    title!: string;

    @Column({ type: 'varchar', length: 500 })
    summary!: string;

    /** Markdown source. */
    @Column({ type: 'text' })
    body!: string;
  }
  return AnnouncementText;
}

/** What communications officers and agency leaders publish (schema: migration PublicSite). */
@Entity({ name: 'announcement' })
export class AnnouncementEntity extends withAnnouncementText(TimestampedRow) {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_announcement' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  /** renderMarkdown(body), kept so that no public read renders. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status!: AnnouncementStatus;

  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'revised_at', type: 'timestamptz', nullable: true })
  revisedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  cover!: StoredCover | null;

  @Column({ name: 'cover_alt', type: 'varchar', length: 300, nullable: true })
  coverAlt!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A slug the announcement had before: the public site answers it with a 301. */
@Entity({ name: 'announcement_old_slug' })
export class AnnouncementOldSlugEntity extends CreatedRow {
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'PK_announcement_old_slug' })
  slug!: string;

  @Column({ name: 'announcement_id', type: 'uuid' })
  announcementId!: string;
}

/** The text of a published announcement before an edit ("actualizado el …"). */
@Entity({ name: 'announcement_revision' })
export class AnnouncementRevisionEntity extends withAnnouncementText(CreatedRow) {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_announcement_revision' })
  id!: string;

  @Column({ name: 'announcement_id', type: 'uuid' })
  announcementId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'edited_by', type: 'uuid', nullable: true })
  editedBy!: string | null;
}

/** One resized variant of a cover image (WebP bytes). */
@Entity({ name: 'announcement_image' })
export class AnnouncementImageEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_announcement_image' })
  id!: string;

  @Column({ name: 'announcement_id', type: 'uuid' })
  announcementId!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
