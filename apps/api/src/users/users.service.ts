import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { assertCurrentVersion, updateVersioned, type VersionedResource } from '../common/versioned-update';
import { InjectDataSource } from '@nestjs/typeorm';
import { Changes } from '../audit/changes';
import { DataSource, EntityManager } from 'typeorm';
import type { MeDto, Page, UserDto } from '@cumbre/contracts';
import { rethrowUniqueViolation } from '../common/db-errors';
import { containsPattern, foldSql } from '../common/search-text';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { hashPassword } from './credentials/password-hasher';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { CreateUserBody, UpdateUserBody, UserListQueryDto } from './dto/user.requests';
import { mapMe, mapUser } from './user.mapper';
import { UserEntity } from './entities/user.entity';

type Actor = Pick<AuthUser, 'id' | 'email'>;

const USER: VersionedResource = { name: 'user', notFound: 'user.not_found' };
const userNotFound = (id: string) => new ApiError('user.not_found', 'user not found', { params: { id } });

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
  ) {}

  async getMe(id: string): Promise<MeDto> {
    return mapMe(await this.load(id));
  }

  async get(id: string): Promise<UserDto> {
    return mapUser(await this.load(id));
  }

  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.search) {
      // Accents and case do not matter: "oscar" and "ÓSCAR" both find "Óscar".
      qb.where(`(${foldSql('u.display_name')} LIKE :q ESCAPE '\\' OR u.email LIKE :q ESCAPE '\\')`, {
        q: containsPattern(query.search),
      });
    }
    // Page the users first; their memberships are then read for that page only.
    const [page, total] = await qb
      // Folded, so that "Óscar" sorts among the O's, not after the Z's (the database's collation is C).
      .orderBy(foldSql('u.display_name'), 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getManyAndCount();
    const withMemberships = page.length ? await this.loadMany(page.map((u) => u.id)) : [];
    const byId = new Map(withMemberships.map((u) => [u.id, u]));
    return {
      items: page.map((u) => mapUser(byId.get(u.id) ?? { ...u, memberships: [] })),
      total,
      limit,
      offset,
    };
  }

  async create(body: CreateUserBody, actor: Actor, origin: RequestOrigin): Promise<UserDto> {
    const passwordHash = await hashPassword(body.password);
    const id = await this.changes
      .run({ actor, origin }, async ({ manager, audit }) => {
        const inserted = await manager.getRepository(UserEntity).insert({
          email: body.email,
          displayName: body.displayName,
          passwordHash,
          platformRoles: body.platformRoles ?? [],
        });
        const userId = inserted.identifiers[0]['id'] as string;
        await audit({
          action: 'user.created',
          objectType: 'user',
          objectId: userId,
          details: {
            email: body.email,
            displayName: body.displayName,
            platformRoles: body.platformRoles ?? [],
          },
        });
        return userId;
      })
      .catch((error: unknown) => rethrowUniqueViolation(error, { UQ_app_user_email: 'email' }));
    return this.get(id);
  }

  /**
   * Changes name, platform roles or the disabled flag, based on `version`. Disabling revokes
   * every refresh token in the same transaction; access tokens fail at once because each
   * request reloads the user.
   */
  async update(id: string, body: UpdateUserBody, actor: Actor, origin: RequestOrigin): Promise<UserDto> {
    if (id === actor.id && body.disabled === true) {
      throw new ApiError('user.cannot_disable_self', 'disabled: an administrator cannot disable their own account', {
        field: 'disabled',
      });
    }
    if (id === actor.id && body.platformRoles && !body.platformRoles.includes('admin')) {
      throw new ApiError(
        'user.cannot_drop_own_admin',
        'platformRoles: an administrator cannot remove their own admin role',
        {
          field: 'platformRoles',
        },
      );
    }
    await this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(UserEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw userNotFound(id);
      assertCurrentVersion(USER, body.version, before.version);
      const changes = this.diff(before, body);
      if (Object.keys(changes).length === 0) return;
      const set: Record<string, unknown> = {};
      if (body.displayName !== undefined) set['displayName'] = body.displayName;
      if (body.platformRoles !== undefined) set['platformRoles'] = body.platformRoles;
      if (body.disabled !== undefined) set['disabledAt'] = body.disabled ? () => 'clock_timestamp()' : null;
      await updateVersioned(manager, UserEntity, USER, { id, version: body.version }, set);
      if (body.disabled === true && !before.disabledAt) await this.revokeSessions(id, manager);
      await audit({
        action: 'user.updated',
        objectType: 'user',
        objectId: id,
        details: { changes },
      });
      if ('disabled' in changes) {
        await audit({
          action: body.disabled ? 'user.disabled' : 'user.enabled',
          objectType: 'user',
          objectId: id,
        });
      }
    });
    return this.get(id);
  }

  private diff(before: UserEntity, body: UpdateUserBody): Record<string, { from: unknown; to: unknown }> {
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (body.displayName !== undefined && body.displayName !== before.displayName) {
      changes['displayName'] = {
        from: before.displayName,
        to: body.displayName,
      };
    }
    if (body.platformRoles !== undefined) {
      const from = [...before.platformRoles].sort();
      const to = [...body.platformRoles].sort();
      if (from.join() !== to.join()) changes['platformRoles'] = { from, to };
    }
    if (body.disabled !== undefined && body.disabled !== (before.disabledAt !== null)) {
      changes['disabled'] = { from: !body.disabled, to: body.disabled };
    }
    return changes;
  }

  private async revokeSessions(userId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'clock_timestamp()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async load(id: string): Promise<UserEntity> {
    const [user] = await this.loadMany([id]);
    if (!user) throw userNotFound(id);
    return user;
  }

  private loadMany(ids: string[]): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.memberships', 'm')
      .leftJoinAndSelect('m.agency', 'a')
      .where('u.id IN (:...ids)', { ids })
      .getMany();
  }
}
