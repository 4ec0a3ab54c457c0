import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, SharingGroupDto } from '@cumbre/contracts';
import type { AuthUser, RequestOrigin } from '../auth/auth-user';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import { assertCurrentVersion, updateVersioned, type VersionedResource } from '../common/versioned-update';
import { mapSharingGroup } from './agency.mapper';
import { rethrowUniqueViolation } from '../common/db-errors';
import { CreateSharingGroupBody, SharingGroupListQueryDto, UpdateSharingGroupBody } from './dto/sharing-group.requests';
import { containsPattern, foldSql } from './search-text';
import { SharingGroupEntity } from './sharing-group.entity';

const UNIQUE_FIELDS = { UQ_sharing_group_name: 'name' };
const SHARING_GROUP: VersionedResource = { name: 'sharing group', notFound: 'sharing_group.not_found' };

type Actor = Pick<AuthUser, 'id' | 'email'>;

@Injectable()
export class SharingGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
  ) {}

  async list(query: SharingGroupListQueryDto): Promise<Page<SharingGroupDto>> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const qb = this.dataSource
      .getRepository(SharingGroupEntity)
      .createQueryBuilder('g')
      .select('g.id', 'id')
      .addSelect(foldSql('g.name'), 'sort_name');
    if (query.q) qb.andWhere(`${foldSql('g.name')} LIKE :q`, { q: containsPattern(query.q) });
    if (query.agencyId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM sharing_group_member m WHERE m.sharing_group_id = g.id AND m.organization_id = :agencyId)',
        { agencyId: query.agencyId },
      );
    }
    // Page the groups first, then load their members: a join would multiply the rows paged.
    const [total, page] = await Promise.all([
      qb.clone().getCount(),
      qb.orderBy('sort_name', 'ASC').addOrderBy('g.id', 'ASC').limit(limit).offset(offset).getRawMany<{ id: string }>(),
    ]);
    const groups = await this.loadWithMembers(
      this.dataSource.manager,
      page.map((r) => r.id),
    );
    const byId = new Map(groups.map((g) => [g.id, g]));
    return {
      items: page.flatMap((r) => {
        const group = byId.get(r.id);
        return group ? [mapSharingGroup(group)] : [];
      }),
      total,
      limit,
      offset,
    };
  }

  async get(id: string): Promise<SharingGroupDto> {
    const [group] = await this.loadWithMembers(this.dataSource.manager, [id]);
    if (!group) throw groupNotFound(id);
    return mapSharingGroup(group);
  }

  async create(body: CreateSharingGroupBody, actor: Actor, origin: RequestOrigin): Promise<SharingGroupDto> {
    return this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      await this.assertAgenciesExist(manager, body.agencyIds);
      const id = await manager
        .getRepository(SharingGroupEntity)
        .insert({ name: body.name, description: body.description ?? '' })
        .then((r) => r.identifiers[0]['id'] as string)
        .catch((e: unknown) => rethrowUniqueViolation(e, UNIQUE_FIELDS));
      await this.insertMembers(manager, id, body.agencyIds);
      await audit({
        action: 'sharing_group.created',
        objectType: 'sharing_group',
        objectId: id,
        details: { name: body.name, description: body.description ?? '', agencyIds: body.agencyIds },
      });
      return mapSharingGroup(await this.loadOneOrFail(manager, id));
    });
  }

  /** Name, description and the whole member set change together or not at all. */
  async update(
    id: string,
    body: UpdateSharingGroupBody,
    actor: Actor,
    origin: RequestOrigin,
  ): Promise<SharingGroupDto> {
    return this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const [current] = await this.loadWithMembers(manager, [id]);
      if (!current) throw groupNotFound(id);
      assertCurrentVersion(SHARING_GROUP, body.version, current.version);

      const changes: Record<string, unknown> = {};
      const set: { name?: string; description?: string } = {};
      if (body.name !== undefined && body.name !== current.name) {
        set.name = body.name;
        changes['name'] = { from: current.name, to: body.name };
      }
      if (body.description !== undefined && body.description !== current.description) {
        set.description = body.description;
        changes['description'] = { from: current.description, to: body.description };
      }
      const before = new Set(current.agencies.map((a) => a.id));
      const after = body.agencyIds ? new Set(body.agencyIds) : before;
      const added = [...after].filter((a) => !before.has(a));
      const removed = [...before].filter((a) => !after.has(a));
      if (added.length > 0 || removed.length > 0) changes['members'] = { added, removed };
      if (Object.keys(changes).length === 0) return mapSharingGroup(current);
      if (added.length > 0) await this.assertAgenciesExist(manager, added);

      // The version guards the whole group, members included.
      await updateVersioned(
        manager,
        SharingGroupEntity,
        SHARING_GROUP,
        { id, version: body.version },
        {
          ...set,
          updatedAt: () => 'now()',
        },
      ).catch((e: unknown) => rethrowUniqueViolation(e, UNIQUE_FIELDS));

      if (removed.length > 0) {
        await manager.query(
          'DELETE FROM sharing_group_member WHERE sharing_group_id = $1 AND organization_id = ANY($2::uuid[])',
          [id, removed],
        );
      }
      await this.insertMembers(manager, id, added);
      await audit({
        action: 'sharing_group.updated',
        objectType: 'sharing_group',
        objectId: id,
        details: { changes, fromVersion: body.version },
      });
      return mapSharingGroup(await this.loadOneOrFail(manager, id));
    });
  }

  private loadWithMembers(manager: EntityManager, ids: string[]): Promise<SharingGroupEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(SharingGroupEntity)
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.agencies', 'a')
      .where('g.id IN (:...ids)', { ids })
      .getMany();
  }

  private async loadOneOrFail(manager: EntityManager, id: string): Promise<SharingGroupEntity> {
    const [group] = await this.loadWithMembers(manager, [id]);
    if (!group) throw groupNotFound(id);
    return group;
  }

  /**
   * Every id must name an agency. Members are locked (FOR KEY SHARE) until commit, so that an
   * agency cannot be deleted between this check and the insert of its membership.
   */
  private async assertAgenciesExist(manager: EntityManager, agencyIds: string[]): Promise<void> {
    if (agencyIds.length === 0) return;
    const found: { id: string }[] = await manager.query(
      'SELECT id FROM organization WHERE id = ANY($1::uuid[]) FOR KEY SHARE',
      [agencyIds],
    );
    const known = new Set(found.map((r) => r.id));
    const unknown = agencyIds.filter((a) => !known.has(a));
    if (unknown.length > 0) {
      throw new ApiError('agency.unknown', `agencyIds: no agency has id ${unknown.join(', ')}`, {
        field: 'agencyIds',
        params: { ids: unknown },
      });
    }
  }

  private async insertMembers(manager: EntityManager, groupId: string, agencyIds: string[]): Promise<void> {
    if (agencyIds.length === 0) return;
    await manager.query(
      `INSERT INTO sharing_group_member (sharing_group_id, organization_id)
       SELECT $1, unnest($2::uuid[])`,
      [groupId, agencyIds],
    );
  }
}

const groupNotFound = (id: string) =>
  new ApiError('sharing_group.not_found', `sharing group ${id} not found`, { params: { id } });
