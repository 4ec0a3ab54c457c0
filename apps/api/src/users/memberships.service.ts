import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { Changes } from '../audit/changes';
import { DataSource, EntityManager } from 'typeorm';
import type { MembershipDto } from '@cumbre/contracts';
import { AgencyEntity } from '../agencies/agency.entity';
import { rethrowUniqueViolation } from '../common/db-errors';
import type { AuthUser, RequestOrigin } from '../auth/auth-user';
import { CreateMembershipBody, UpdateMembershipBody } from './dto/user.requests';
import { MembershipEntity } from './membership.entity';
import { mapMembership } from './user.mapper';
import { UserEntity } from './user.entity';

type Actor = Pick<AuthUser, 'id' | 'email'>;

const membershipNotFound = (id: string) =>
  new ApiError('membership.not_found', 'membership not found', { params: { id } });

/** A user's places in agencies (role and clearance). Admin only; every change is audited. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: Changes,
  ) {}

  async add(userId: string, body: CreateMembershipBody, actor: Actor, origin: RequestOrigin): Promise<MembershipDto> {
    const id = await this.changes
      .run({ actor, origin }, async ({ manager, audit }) => {
        if (!(await manager.getRepository(UserEntity).exists({ where: { id: userId } }))) {
          throw new ApiError('user.not_found', 'user not found', { params: { id: userId } });
        }
        if (!(await manager.getRepository(AgencyEntity).exists({ where: { id: body.agencyId } }))) {
          throw new ApiError('agency.unknown', 'agencyId: no agency with this id', {
            field: 'agencyId',
            params: { ids: [body.agencyId] },
          });
        }
        const repo = manager.getRepository(MembershipEntity);
        if (await repo.exists({ where: { userId, agencyId: body.agencyId } })) {
          throw new ApiError('common.already_exists', 'agencyId: the user is already a member of this agency', {
            field: 'agencyId',
          });
        }
        const inserted = await repo.insert({
          userId,
          agencyId: body.agencyId,
          role: body.role,
          clearance: body.clearance ?? 'GREEN',
        });
        const membershipId = inserted.identifiers[0]['id'] as string;
        await audit({
          action: 'membership.created',
          objectType: 'membership',
          objectId: membershipId,
          details: {
            userId,
            agencyId: body.agencyId,
            role: body.role,
            clearance: body.clearance ?? 'GREEN',
          },
        });
        return membershipId;
      })
      .catch((error: unknown) =>
        rethrowUniqueViolation(error, {
          UQ_membership_user_organization: 'agencyId (this membership)',
        }),
      );
    return this.get(id);
  }

  async update(id: string, body: UpdateMembershipBody, actor: Actor, origin: RequestOrigin): Promise<MembershipDto> {
    await this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const before = await this.lock(id, manager);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (body.role !== undefined && body.role !== before.role) changes['role'] = { from: before.role, to: body.role };
      if (body.clearance !== undefined && body.clearance !== before.clearance) {
        changes['clearance'] = { from: before.clearance, to: body.clearance };
      }
      if (Object.keys(changes).length === 0) return;
      await manager.getRepository(MembershipEntity).update(
        { id },
        {
          ...(body.role !== undefined && { role: body.role }),
          ...(body.clearance !== undefined && { clearance: body.clearance }),
        },
      );
      await audit({
        action: 'membership.updated',
        objectType: 'membership',
        objectId: id,
        details: {
          userId: before.userId,
          agencyId: before.agencyId,
          changes,
        },
      });
    });
    return this.get(id);
  }

  async remove(id: string, actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.changes.run({ actor, origin }, async ({ manager, audit }) => {
      const before = await this.lock(id, manager);
      await manager.getRepository(MembershipEntity).delete({ id });
      await audit({
        action: 'membership.deleted',
        objectType: 'membership',
        objectId: id,
        details: {
          userId: before.userId,
          agencyId: before.agencyId,
          role: before.role,
          clearance: before.clearance,
        },
      });
    });
  }

  private async lock(id: string, manager: EntityManager): Promise<MembershipEntity> {
    const found = await manager
      .getRepository(MembershipEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw membershipNotFound(id);
    return found;
  }

  private async get(id: string): Promise<MembershipDto> {
    const found = await this.dataSource
      .getRepository(MembershipEntity)
      .findOne({ where: { id }, relations: { agency: true } });
    if (!found) throw membershipNotFound(id);
    return mapMembership(found);
  }
}
