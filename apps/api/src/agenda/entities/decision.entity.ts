import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { References } from '../../database/entity-columns';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/** A decision taken on an item, and the agencies that endorsed it. */
@Entity({ name: 'decision' })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_decision' })
  id!: string;

  @Index('IDX_decision_item')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @References(() => AgendaItemEntity, 'item_id', 'FK_decision_item', 'RESTRICT')
  item?: AgendaItemEntity;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ name: 'endorsed_agency_ids', type: 'uuid', array: true, default: () => "'{}'" })
  endorsedAgencyIds!: string[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @References(() => UserEntity, 'created_by_id', 'FK_decision_created_by', 'SET NULL')
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
