import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MembershipDto } from '@cumbre/contracts';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { rethrowUniqueViolation } from '../common/db-errors';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { CreateMembershipBody, UpdateMembershipBody } from './dto/user.requests';
import { MembershipEntity } from './entities/membership.entity';
import { mapMembership } from './user.mapper';
import { UserEntity } from './entities/user.entity';

type Actor = Pick<AuthUser, 'id' | 'email'>;

/** A user's places in agencies (role and clearance). Admin only; every change is audited. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(userId: string, body: CreateMembershipBody, actor: Actor, origin: RequestOrigin): Promise<MembershipDto> {
    const id = await this.dataSource
      .transaction(async (manager) => {
        if (!(await manager.getRepository(UserEntity).exists({ where: { id: userId } }))) {
          throw new NotFoundException('user not found');
        }
        if (!(await manager.getRepository(AgencyEntity).exists({ where: { id: body.agencyId } }))) {
          throw new BadRequestException(['agencyId: no agency with this id']);
        }
        const repo = manager.getRepository(MembershipEntity);
        if (await repo.exists({ where: { userId, agencyId: body.agencyId } })) {
          throw new ConflictException('agencyId: the user is already a member of this agency');
        }
        const inserted = await repo.insert({
          userId,
          agencyId: body.agencyId,
          role: body.role,
          clearance: body.clearance ?? 'GREEN',
        });
        const membershipId = inserted.identifiers[0]['id'] as string;
        await this.audit.record(
          {
            action: 'membership.created',
            actor,
            objectType: 'membership',
            objectId: membershipId,
            origin,
            details: {
              userId,
              agencyId: body.agencyId,
              role: body.role,
              clearance: body.clearance ?? 'GREEN',
            },
          },
          manager,
        );
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
    await this.dataSource.transaction(async (manager) => {
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
      await this.audit.record(
        {
          action: 'membership.updated',
          actor,
          objectType: 'membership',
          objectId: id,
          origin,
          details: {
            userId: before.userId,
            agencyId: before.agencyId,
            changes,
          },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async remove(id: string, actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lock(id, manager);
      await manager.getRepository(MembershipEntity).delete({ id });
      await this.audit.record(
        {
          action: 'membership.deleted',
          actor,
          objectType: 'membership',
          objectId: id,
          origin,
          details: {
            userId: before.userId,
            agencyId: before.agencyId,
            role: before.role,
            clearance: before.clearance,
          },
        },
        manager,
      );
    });
  }

  private async lock(id: string, manager: EntityManager): Promise<MembershipEntity> {
    const found = await manager
      .getRepository(MembershipEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundException('membership not found');
    return found;
  }

  private async get(id: string): Promise<MembershipDto> {
    const found = await this.dataSource
      .getRepository(MembershipEntity)
      .findOne({ where: { id }, relations: { agency: true } });
    if (!found) throw new NotFoundException('membership not found');
    return mapMembership(found);
  }
}
