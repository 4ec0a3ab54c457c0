import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestOrigin } from '../auth/auth-user';
import { AuditEventEntity } from './audit-event.entity';

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
   * Appends one event that is not part of a change (a failed sign-in, a refused route). Events
   * of a change go through its `ChangeContext.audit`, inside its transaction.
   */
  async record(event: AuditRecord): Promise<void> {
    await this.recordIn(this.dataSource.manager, event);
  }

  /** For `Changes` only: the insert, on the change's transaction. */
  async recordIn(manager: EntityManager, event: AuditRecord): Promise<void> {
    const repo = manager.getRepository(AuditEventEntity);
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
