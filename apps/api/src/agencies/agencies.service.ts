import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AgencyDirectoryEntry, AgencyDto, Page } from '@cumbre/contracts';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import { PublicContent } from '../common/public-content/public-content.service';
import { agencyTags } from '../common/public-content/tags';
import { assertCurrentVersion, updateVersioned, type VersionedResource } from '../common/versioned-update';
import { AgencyEntity } from './entities/agency.entity';
import { AgencyDirectoryFacts, mapAgency, mapAgencyDirectoryEntry, NO_DIRECTORY_FACTS } from './agency.mapper';
import { rethrowUniqueViolation } from '../common/db-errors';
import { AgencyListQueryDto, CreateAgencyBody, UpdateAgencyBody } from './dto/agency.requests';
import { containsPattern, foldSql } from '../common/search-text';

const AGENCY: VersionedResource = { name: 'agency', notFound: 'agency.not_found' };

const UNIQUE_FIELDS = {
  UQ_organization_name: 'name',
  UQ_organization_short_name: 'shortName',
  UQ_organization_iso_code: 'isoCode',
};

/** Serialises changes of `parent_id`, so that two concurrent moves cannot close a cycle together. */
const HIERARCHY_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('cumbre.organization.hierarchy'))`;

type Actor = Pick<AuthUser, 'id' | 'email'>;
type EditableField = 'name' | 'shortName' | 'kind' | 'isoCode' | 'parentId';
const EDITABLE_FIELDS: EditableField[] = ['name', 'shortName', 'kind', 'isoCode', 'parentId'];

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
    private readonly content: PublicContent,
  ) {}

  async list(query: AgencyListQueryDto): Promise<Page<AgencyDirectoryEntry>> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const qb = this.dataSource
      .getRepository(AgencyEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.parent', 'p')
      .addSelect(foldSql('o.name'), 'sort_name');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) {
      qb.andWhere(
        `(${foldSql('o.name')} LIKE :q OR ${foldSql('o.short_name')} LIKE :q OR lower(coalesce(o.iso_code, '')) LIKE :q)`,
        { q: containsPattern(query.q) },
      );
    }
    // A many-to-one join cannot repeat rows, so LIMIT/OFFSET page the agencies themselves.
    const [agencies, total] = await qb
      .orderBy('sort_name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getManyAndCount();
    const facts = await this.directoryFacts(agencies.map((a) => a.id));
    return {
      items: agencies.map((a) => mapAgencyDirectoryEntry(a, facts.get(a.id) ?? NO_DIRECTORY_FACTS)),
      total,
      limit,
      offset,
    };
  }

  async get(id: string): Promise<AgencyDirectoryEntry> {
    const agency = await this.dataSource
      .getRepository(AgencyEntity)
      .findOne({ where: { id }, relations: { parent: true } });
    if (!agency) throw agencyNotFound(id);
    const facts = await this.directoryFacts([id]);
    return mapAgencyDirectoryEntry(agency, facts.get(id) ?? NO_DIRECTORY_FACTS);
  }

  async create(body: CreateAgencyBody, actor: Actor, origin: RequestOrigin): Promise<AgencyDto> {
    return this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const parentId = body.parentId ?? null;
      if (parentId) await this.assertParentExists(manager, parentId);
      const values = {
        name: body.name,
        shortName: body.shortName,
        kind: body.kind,
        isoCode: body.isoCode ?? null,
        parentId,
      };
      const id = await manager
        .getRepository(AgencyEntity)
        .insert(values)
        .then((r) => r.identifiers[0]['id'] as string)
        .catch((e: unknown) => rethrowUniqueViolation(e, UNIQUE_FIELDS));
      await audit({ action: 'agency.created', objectType: 'agency', objectId: id, details: values });
      return mapAgency(await manager.getRepository(AgencyEntity).findOneByOrFail({ id }));
    });
  }

  async update(id: string, body: UpdateAgencyBody, actor: Actor, origin: RequestOrigin): Promise<AgencyDto> {
    return this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const repo = manager.getRepository(AgencyEntity);
      const parentChanges = body.parentId !== undefined;
      if (parentChanges) await manager.query(HIERARCHY_LOCK_SQL);
      const current = await repo.findOneBy({ id });
      if (!current) throw agencyNotFound(id);
      assertCurrentVersion(AGENCY, body.version, current.version);

      const changes: Partial<Record<EditableField, { from: unknown; to: unknown }>> = {};
      const set: Partial<Pick<AgencyEntity, EditableField>> = {};
      for (const field of EDITABLE_FIELDS) {
        const next = body[field];
        if (next !== undefined && next !== current[field]) {
          changes[field] = { from: current[field], to: next };
          (set as Record<string, unknown>)[field] = next;
        }
      }
      if (set.parentId) await this.assertAcceptableParent(manager, id, set.parentId);
      if (Object.keys(set).length === 0) return mapAgency(current);

      await updateVersioned(
        manager,
        AgencyEntity,
        AGENCY,
        { id, version: body.version },
        {
          ...set,
          updatedAt: () => 'now()',
        },
      ).catch((e: unknown) => rethrowUniqueViolation(e, UNIQUE_FIELDS));

      await audit({
        action: 'agency.updated',
        objectType: 'agency',
        objectId: id,
        details: { changes, fromVersion: body.version },
      });
      await this.content.changed(manager, agencyTags(id));
      return mapAgency(await repo.findOneByOrFail({ id }));
    });
  }

  private async assertParentExists(manager: EntityManager, parentId: string): Promise<void> {
    const exists = await manager.getRepository(AgencyEntity).existsBy({ id: parentId });
    if (!exists) {
      throw new ApiError('agency.unknown', `parentId: no agency has id ${parentId}`, {
        field: 'parentId',
        params: { ids: [parentId] },
      });
    }
  }

  /** The new parent must exist and must not be the agency itself or one of its descendants. */
  private async assertAcceptableParent(manager: EntityManager, id: string, parentId: string): Promise<void> {
    if (parentId === id) {
      throw new ApiError('agency.own_parent', 'parentId: an agency cannot be its own parent', { field: 'parentId' });
    }
    await this.assertParentExists(manager, parentId);
    // Walk up from the proposed parent; meeting the agency on the way means a cycle.
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM organization WHERE id = $1
         UNION
         SELECT o.id, o.parent_id FROM organization o JOIN ancestors a ON o.id = a.parent_id
       )
       SELECT 1 FROM ancestors WHERE id = $2 LIMIT 1`,
      [parentId, id],
    );
    if (rows.length > 0) {
      throw new ApiError(
        'agency.parent_cycle',
        'parentId: the proposed parent is a sub-agency of this agency (that would make a cycle)',
        { field: 'parentId' },
      );
    }
  }

  /** Member counts, leaders and sharing groups of the given agencies, by agency id. */
  private async directoryFacts(ids: string[]): Promise<Map<string, AgencyDirectoryFacts>> {
    const facts = new Map<string, AgencyDirectoryFacts>();
    if (ids.length === 0) return facts;
    const members: { agencyId: string; memberCount: number; leaders: AgencyDirectoryFacts['leaders'] }[] =
      await this.dataSource.query(
        `SELECT m.organization_id AS "agencyId",
                count(*)::int AS "memberCount",
                coalesce(
                  json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY ${foldSql('u.display_name')})
                    FILTER (WHERE m.role = 'leader'),
                  '[]'
                ) AS "leaders"
           FROM membership m
           JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
          WHERE m.organization_id = ANY($1::uuid[])
          GROUP BY m.organization_id`,
        [ids],
      );
    const groups: { agencyId: string; sharingGroups: AgencyDirectoryFacts['sharingGroups'] }[] =
      await this.dataSource.query(
        `SELECT sgm.organization_id AS "agencyId",
                json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY ${foldSql('g.name')}) AS "sharingGroups"
           FROM sharing_group_member sgm
           JOIN sharing_group g ON g.id = sgm.sharing_group_id
          WHERE sgm.organization_id = ANY($1::uuid[])
          GROUP BY sgm.organization_id`,
        [ids],
      );
    const entry = (id: string) => {
      let f = facts.get(id);
      if (!f) facts.set(id, (f = { memberCount: 0, leaders: [], sharingGroups: [] }));
      return f;
    };
    for (const row of members)
      Object.assign(entry(row.agencyId), { memberCount: row.memberCount, leaders: row.leaders });
    for (const row of groups) entry(row.agencyId).sharingGroups = row.sharingGroups;
    return facts;
  }
}

const agencyNotFound = (id: string) => new ApiError('agency.not_found', `agency ${id} not found`, { params: { id } });
