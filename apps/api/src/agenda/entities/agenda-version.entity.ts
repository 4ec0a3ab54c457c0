import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { References } from '../../database/entity-columns';
import type { AgendaSnapshot } from '@cumbre/contracts';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaEntity } from './agenda.entity';

/**
 * A published version, frozen: the migration adds a trigger that refuses any UPDATE, so that
 * what was sent to the agencies stays exactly what they received.
 */
@Entity({ name: 'agenda_version' })
@Unique('UQ_agenda_version_number', ['agendaId', 'number'])
export class AgendaVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agenda_version' })
  id!: string;

  @Column({ name: 'agenda_id', type: 'uuid' })
  agendaId!: string;

  @References(() => AgendaEntity, 'agenda_id', 'FK_agenda_version_agenda', 'CASCADE')
  agenda?: AgendaEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  snapshot!: AgendaSnapshot;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById!: string | null;

  @References(() => UserEntity, 'published_by_id', 'FK_agenda_version_published_by', 'SET NULL')
  publishedBy?: UserEntity | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
