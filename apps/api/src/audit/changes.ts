import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { AuditService, type AuditRecord } from './audit.service';

/**
 * One write: the transaction's manager and the audit writer travel together, so that the audit
 * line of a change commits or rolls back with it; there is no way to write it beside the
 * transaction by forgetting an argument.
 */
export interface ChangeContext {
  readonly manager: EntityManager;
  readonly actor: Pick<AuthUser, 'id' | 'email'> | null;
  readonly origin: RequestOrigin | null;
  /** Appends an audit event inside the change; actor and origin default to the change's. */
  audit(event: AuditRecord): Promise<void>;
}

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

@Injectable()
export class Changes {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs `work` in one transaction, with a context for its writes and audit events. READ
   * COMMITTED is PostgreSQL's own default, so it is not named: TypeORM names a level in a
   * statement of its own after START TRANSACTION, a round trip more on every write (issue #12).
   */
  run<T>(
    by: { actor: Pick<AuthUser, 'id' | 'email'> | null; origin: RequestOrigin | null },
    work: (change: ChangeContext) => Promise<T>,
    isolation: IsolationLevel = 'READ COMMITTED',
  ): Promise<T> {
    const inChange = (manager: EntityManager) =>
      work({
        manager,
        actor: by.actor,
        origin: by.origin,
        audit: (event) =>
          this.audit.recordIn(manager, { ...event, actor: event.actor ?? by.actor, origin: event.origin ?? by.origin }),
      });
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(inChange)
      : this.dataSource.transaction(isolation, inChange);
  }
}
