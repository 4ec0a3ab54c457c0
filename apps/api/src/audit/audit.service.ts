import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditRecord {
  action: string;
  actor?: Pick<AuthUser, 'id' | 'email'> | null;
  /** For events without a signed-in actor (a failed sign-in names the e-mail tried). */
  actorEmail?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  origin?: RequestOrigin | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event. Pass the transaction's manager when the audited change is part of a
   * transaction, so that the change and its audit line commit (or roll back) together.
   */
  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = (manager ?? this.dataSource.manager).getRepository(AuditEventEntity);
    await repo.insert({
      action: event.action,
      actorUserId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? event.actorEmail ?? null,
      objectType: event.objectType ?? null,
      objectId: event.objectId ?? null,
      ip: event.origin?.ip ?? null,
      requestId: event.origin?.requestId ?? null,
      details: (event.details ?? {}) as object,
    });
  }
}
