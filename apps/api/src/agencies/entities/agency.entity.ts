import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind } from '@cumbre/contracts';
import { References, VersionedRow } from '../../database/entity-columns';

@Entity({ name: 'organization' })
@Check('CHK_organization_kind', `"kind" IN ('national','regional','local','police','prosecutor','other')`)
@Check('CHK_organization_iso_code', `"iso_code" IS NULL OR "iso_code" ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'`)
export class AgencyEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_organization_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('UQ_organization_short_name', { unique: true })
  @Column({ name: 'short_name', type: 'varchar', length: 40 })
  shortName!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: AgencyKind;

  @Index('UQ_organization_iso_code', { unique: true, where: '"iso_code" IS NOT NULL' })
  @Column({ name: 'iso_code', type: 'varchar', length: 6, nullable: true })
  isoCode!: string | null;

  @Index('IDX_organization_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @References(() => AgencyEntity, 'parent_id', 'FK_organization_parent', 'SET NULL')
  parent?: AgencyEntity | null;
}
