import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedRow } from '../../database/entity-columns';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * An e-mail to send. Rows are written in the transaction of the change that causes them and
 * sent later by the outbox worker, so sending never delays or fails a request.
 */
@Entity({ name: 'email_outbox' })
@Check('CHK_email_outbox_status', `"status" IN ('pending','sent','failed')`)
@Index('IDX_email_outbox_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
export class EmailOutboxEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_email_outbox' })
  id!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ name: 'to_name', type: 'varchar', length: 120, nullable: true })
  toName!: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: OutboxAttachment[];

  /** What caused it ('meeting.invited', ...), for the log and for support. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
