import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoteDistribution, NotePlace, NoteStatus, TlpLevel } from '@cumbre/contracts';

/** A note as version `version` had it, kept when an edit replaced it. */
@Entity({ name: 'note_revision' })
export class NoteRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 1000 }) summary!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text', array: true }) tags!: string[];
  @Column({ type: 'jsonb' }) places!: NotePlace[];
  @Column({ type: 'varchar', length: 10 }) status!: NoteStatus;
  @Column({ name: 'is_public', type: 'boolean' }) isPublic!: boolean;
  @Column({ type: 'varchar', length: 20 }) marking!: TlpLevel;
  @Column({ type: 'varchar', length: 20 }) distribution!: NoteDistribution;
  @Column({ name: 'sharing_group_id', type: 'uuid', nullable: true }) sharingGroupId!: string | null;
  @Column({ name: 'red_recipient_ids', type: 'uuid', array: true }) redRecipientIds!: string[];
  @Column({ name: 'edited_by_id', type: 'uuid', nullable: true }) editedById!: string | null;
  @Column({ name: 'edited_at', type: 'timestamptz' }) editedAt!: Date;
}
