import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRow } from '../../database/entity-columns';
import { AgencyEntity } from './agency.entity';

/** A named set of agencies, used for invitations and for distributing notes. */
@Entity({ name: 'sharing_group' })
export class SharingGroupEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_sharing_group_name', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @ManyToMany(() => AgencyEntity)
  @JoinTable({
    name: 'sharing_group_member',
    joinColumn: { name: 'sharing_group_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_sgm_group' },
    inverseJoinColumn: {
      name: 'organization_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_sgm_organization',
    },
  })
  agencies!: AgencyEntity[];
}
