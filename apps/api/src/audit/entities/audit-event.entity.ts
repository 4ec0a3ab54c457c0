import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: the database itself refuses UPDATE, DELETE and TRUNCATE on this table (trigger
 * in the migration), and no code path offers either.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_occurred_at', ['occurredAt'])
@Index('IDX_audit_event_action_object', ['action', 'objectId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 40, nullable: true })
  objectType!: string | null;

  @Column({ name: 'object_id', type: 'varchar', length: 254, nullable: true })
  objectId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
