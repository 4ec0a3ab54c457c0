import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CommentHoldReason, CommentStatus } from '@cumbre/contracts';
import { CreatedRow } from '../../database/entity-columns';

/**
 * A reader's comment on an announcement (schema: migration PublicSite). `author_email` is for
 * moderation only and never leaves through a public read; `ip_hash` is a keyed hash, never the IP.
 */
@Entity({ name: 'announcement_comment' })
export class AnnouncementCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_announcement_comment' })
  id!: string;

  @Column({ name: 'announcement_id', type: 'uuid' })
  announcementId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'author_name', type: 'varchar', length: 80 })
  authorName!: string;

  @Column({ name: 'author_email', type: 'varchar', length: 254 })
  authorEmail!: string;

  @Column({ name: 'ip_hash', type: 'varchar', length: 64, nullable: true })
  ipHash!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  /** textFingerprint of comment-rules.ts, for the duplicate check (null on comments stored before it). */
  @Column({ name: 'text_fingerprint', type: 'char', length: 64, nullable: true })
  textFingerprint!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: CommentStatus;

  @Column({ name: 'hold_reasons', type: 'text', array: true, default: () => "'{}'" })
  holdReasons!: CommentHoldReason[];

  @Column({ name: 'hidden_by_flags', type: 'boolean', default: false })
  hiddenByFlags!: boolean;

  /** First approval: once shown, a comment removed later leaves its placeholder. */
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** From the injected Clock: the rate limits and the duplicate window count on it. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One reader's report of a comment (a reader is a keyed hash of the network address). */
@Entity({ name: 'comment_flag' })
export class CommentFlagEntity extends CreatedRow {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'PK_comment_flag' })
  commentId!: string;

  @PrimaryColumn({ name: 'reader_key', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_comment_flag' })
  readerKey!: string;

  @Column({ type: 'varchar', length: 20 })
  reason!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** An address or network the moderators refuse comments from. */
@Entity({ name: 'comment_block' })
export class CommentBlockEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_comment_block' })
  id!: string;

  @Column({ type: 'varchar', length: 5 })
  target!: 'email' | 'ip';

  @Column({ type: 'varchar', length: 254 })
  value!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}

/** A word whose presence holds a comment for moderation. */
@Entity({ name: 'comment_blocked_word' })
export class CommentBlockedWordEntity extends CreatedRow {
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'PK_comment_blocked_word' })
  word!: string;

  /** What the comment check looks for (comment-rules.ts `wordNeedle`). */
  @Column({ type: 'varchar', length: 60 })
  needle!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}

/** A commenter's wish to hear of replies: confirmed by a link (double opt-in), ended by another. */
@Entity({ name: 'comment_subscription' })
export class CommentSubscriptionEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_comment_subscription' })
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** sha256 of the secret token in the links; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;
}
