import { Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedRow } from '../../database/entity-columns';

/**
 * "This scheduled message went out": one row per (job, key), e.g. ('meeting.reminder',
 * 'meetingId:userId:2027-03-04'). Inserted with ON CONFLICT DO NOTHING in the transaction that
 * writes the notification, so that several API instances running the same job send it once.
 */
@Entity({ name: 'scheduled_delivery' })
@Index('IDX_scheduled_delivery_created', ['createdAt'])
export class ScheduledDeliveryEntity extends CreatedRow {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_scheduled_delivery' })
  job!: string;

  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_scheduled_delivery' })
  key!: string;
}
