import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditObjectType } from '@cumbre/contracts';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import type { SqlPiece } from '../database/sql-reader';

export interface AuditRecord {
  action: AuditAction;
  actor?: Pick<AuthUser, 'id' | 'email'> | null;
  /** For events without a signed-in actor (a failed sign-in names the e-mail tried). */
  actorEmail?: string | null;
  objectType?: AuditObjectType | null;
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

  /**
   * For `Changes` only: the insert, on the change's transaction. Plain SQL: it is on every write
   * of the app, and the repository's insert cost more in the API than the statement in the database.
   */
  async recordIn(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      auditValues(event),
    );
  }
}

const AUDIT_COLUMNS = 'action, actor_user_id, actor_email, object_type, object_id, ip, request_id, details';

function auditValues(event: AuditRecord): unknown[] {
  return [
    event.action,
    event.actor?.id ?? null,
    event.actor?.email ?? event.actorEmail ?? null,
    event.objectType ?? null,
    event.objectId ?? null,
    event.origin?.ip ?? null,
    event.origin?.requestId ?? null,
    JSON.stringify(event.details ?? {}),
  ];
}

/**
 * For `Changes.insertOne` only: the event of the row that the statement's CTE `cte` inserts (its
 * `id` the event's object), as the body of a CTE of the same statement; parameters from $1. The
 * event's details are `event.details`, or with `detailsFrom: 'row'` the `audit_details` column
 * the insert returns (details that the statement itself decides, such as a comment's status).
 */
export function auditOfInsertedSql(
  cte: string,
  event: Omit<AuditRecord, 'objectId'>,
  detailsFrom: 'event' | 'row' = 'event',
): SqlPiece {
  const [action, actorId, actorEmail, objectType, , ip, requestId, details] = auditValues(event);
  const fromRow = detailsFrom === 'row';
  const key = fromRow ? `${cte} audit_details` : cte;
  let sql = insertedAuditSql.get(key);
  if (sql === undefined) {
    sql = `INSERT INTO audit_event (${AUDIT_COLUMNS})
          SELECT $1::varchar, $2::uuid, $3::varchar, $4::varchar, ${cte}.id::text, $5::varchar, $6::varchar, ${fromRow ? `${cte}.audit_details` : '$7::jsonb'}
            FROM ${cte}`;
    insertedAuditSql.set(key, sql);
  }
  const params = [action, actorId, actorEmail, objectType, ip, requestId];
  return { sql, params: fromRow ? params : [...params, details] };
}

/**
 * auditOfInsertedSql's text by CTE name (a handful, named in code), made once: the same string
 * each time is one whose hash is known when `Changes.insertOne` looks its statement up.
 */
const insertedAuditSql = new Map<string, string>();
