import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { References } from '../../database/entity-columns';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/** The discussion notes of one item (Markdown), written by the convener or the secretary. */
@Entity({ name: 'agenda_item_minutes' })
export class AgendaItemMinutesEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_agenda_item_minutes' })
  itemId!: string;

  @OneToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_agenda_item_minutes_item' })
  item?: AgendaItemEntity;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @References(() => UserEntity, 'updated_by_id', 'FK_agenda_item_minutes_updated_by', 'SET NULL')
  updatedBy?: UserEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
