import type { AuditEventDto } from '@cumbre/contracts';
import type { AuditEventEntity } from './entities/audit-event.entity';

export function mapAuditEvent(event: AuditEventEntity): AuditEventDto {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorEmail: event.actorEmail,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    ip: event.ip,
    requestId: event.requestId,
    details: event.details,
  };
}
