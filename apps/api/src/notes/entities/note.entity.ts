import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoteDistribution, NoteKind, NotePlace, NoteStatus, TlpLevel } from '@cumbre/contracts';

/**
 * A knowledge note. Who may read it is decided by `note-access.policy.ts` inside every query;
 * the `search` column (generated in the migration) is not mapped: only SQL reads it.
 */
@Entity({ name: 'note' })
export class NoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: NoteKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 1000, default: '' }) summary!: string;
  @Column({ type: 'text', default: '' }) body!: string;
  @Column({ name: 'body_html', type: 'text', default: '' }) bodyHtml!: string;
  /** The body as plain text (what the search vector is made of). */
  @Column({ name: 'body_text', type: 'text', default: '' }) bodyText!: string;
  @Column({ type: 'text', array: true, default: '{}' }) tags!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) places!: NotePlace[];
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ name: 'author_agency_id', type: 'uuid' }) authorAgencyId!: string;
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true }) updatedById!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status!: NoteStatus;
  @Column({ name: 'is_public', type: 'boolean', default: false }) isPublic!: boolean;
  @Column({ type: 'varchar', length: 20, default: 'CLEAR' }) marking!: TlpLevel;
  @Column({ type: 'varchar', length: 20, default: 'all_agencies' }) distribution!: NoteDistribution;
  @Column({ name: 'sharing_group_id', type: 'uuid', nullable: true }) sharingGroupId!: string | null;
  @Column({ name: 'red_recipient_ids', type: 'uuid', array: true, default: '{}' }) redRecipientIds!: string[];
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true }) sharedAt!: Date | null;
  /** Both set from the injected Clock by the service (never the database's now()). */
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer' }) version!: number;
}
