import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditEventDto, Page } from '@cumbre/contracts';
import { AuditEventEntity } from './audit-event.entity';
import { mapAuditEvent } from './audit.mapper';
import { AuditQueryDto } from './dto/audit.dto';

function parseInstant(field: 'from' | 'to', value: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()))
    throw new ApiError('validation.not_date', `${field} is not a valid date`, { field });
  return instant;
}

/** Reading the audit log (admin). Writing is AuditService's alone; nothing changes or deletes. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const from = query.from ? parseInstant('from', query.from) : undefined;
    const to = query.to ? parseInstant('to', query.to) : undefined;
    if (from && to && from > to)
      throw new ApiError('validation.range_reversed', 'from must not be after to', { field: 'from' });
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.actorUserId) qb.andWhere('e.actor_user_id = :actor', { actor: query.actorUserId });
    if (query.objectType)
      qb.andWhere('e.object_type = :objectType', {
        objectType: query.objectType,
      });
    if (query.objectId) qb.andWhere('e.object_id = :objectId', { objectId: query.objectId });
    if (from) qb.andWhere('e.occurred_at >= :from', { from });
    if (to) qb.andWhere('e.occurred_at < :to', { to });
    const [events, total] = await qb
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .offset(offset)
      .getManyAndCount();
    return { items: events.map(mapAuditEvent), total, limit, offset };
  }
}
