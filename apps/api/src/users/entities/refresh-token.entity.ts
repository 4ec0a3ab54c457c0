import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedRow, References } from '../../database/entity-columns';
import { UserEntity } from './user.entity';

/**
 * One refresh token of a rotation family. Only the SHA-256 of the token is stored. Presenting a
 * token that was already rotated (`usedAt` set) revokes the whole family.
 */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity extends CreatedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_refresh_token_family')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Index('IDX_refresh_token_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @References(() => UserEntity, 'user_id', 'FK_refresh_token_user', 'CASCADE')
  user?: UserEntity;

  @Index('UQ_refresh_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
