import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MembershipRole, TlpLevel } from '@cumbre/contracts';
import { References, TimestampedRow } from '../../database/entity-columns';
import { AgencyEntity } from '../../agencies/entities/agency.entity';
import { UserEntity } from './user.entity';

/** A user's place in an agency: a role, and the highest TLP marking they may read there. */
@Entity({ name: 'membership' })
@Unique('UQ_membership_user_organization', ['userId', 'agencyId'])
@Check('CHK_membership_role', `"role" IN ('leader','staff','analyst')`)
@Check('CHK_membership_clearance', `"clearance" IN ('CLEAR','GREEN','AMBER','AMBER+STRICT','RED')`)
export class MembershipEntity extends TimestampedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @References(() => UserEntity, 'user_id', 'FK_membership_user', 'CASCADE', (u) => u.memberships)
  user?: UserEntity;

  @Index('IDX_membership_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  agencyId!: string;

  @References(() => AgencyEntity, 'organization_id', 'FK_membership_organization', 'RESTRICT')
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: MembershipRole;

  @Column({ type: 'varchar', length: 20, default: 'GREEN' })
  clearance!: TlpLevel;
}
