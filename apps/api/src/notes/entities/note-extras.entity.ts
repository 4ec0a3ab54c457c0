// The smaller tables of a note: comments, endorsements, attachments, the read log and the links
// from agenda items. Each is only ever reached through a note the reader may read.
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { NoteReadAction } from '@cumbre/contracts';

@Entity({ name: 'note_comment' })
export class NoteCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ name: 'agency_id', type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'body_html', type: 'text' }) bodyHtml!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'note_endorsement' })
export class NoteEndorsementEntity {
  @PrimaryColumn({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ name: 'endorsed_by_id', type: 'uuid', nullable: true }) endorsedById!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'note_attachment' })
export class NoteAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 120 }) contentType!: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes!: number;
  @Column({ name: 'storage_key', type: 'varchar', length: 255 }) storageKey!: string;
  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true }) uploadedById!: string | null;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}

@Entity({ name: 'note_read' })
export class NoteReadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @Column({ name: 'reader_id', type: 'uuid', nullable: true }) readerId!: string | null;
  @Column({ type: 'varchar', length: 10 }) action!: NoteReadAction;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true }) requestId!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
}

@Entity({ name: 'note_agenda_link' })
export class NoteAgendaLinkEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' }) agendaItemId!: string;
  @PrimaryColumn({ name: 'note_id', type: 'uuid' }) noteId!: string;
  @Column({ name: 'linked_by_id', type: 'uuid', nullable: true }) linkedById!: string | null;
  @Column({ name: 'linked_at', type: 'timestamptz' }) linkedAt!: Date;
}
