import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { PlatformRole } from '@cumbre/contracts';
import { VersionedRow } from '../../database/entity-columns';
import { MembershipEntity } from './membership.entity';

@Entity({ name: 'app_user' })
@Check('CHK_app_user_email_lower', `"email" = lower("email")`)
export class UserEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('UQ_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  /** argon2id PHC string. Never leaves the users/auth services. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ name: 'platform_roles', type: 'text', array: true, default: () => "'{}'" })
  platformRoles!: PlatformRole[];

  /** Set when an admin disables the account; every token stops working at once. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt!: Date;

  @OneToMany(() => MembershipEntity, (m) => m.user)
  memberships?: MembershipEntity[];
}
