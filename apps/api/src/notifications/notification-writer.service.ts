import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EmailOutboxEntity, OutboxAttachment } from './entities/email-outbox.entity';
import { NotificationEntity } from './entities/notification.entity';

export interface NotificationRecipient {
  userId: string;
  email: string;
  displayName: string;
}

export interface NotificationMessage {
  kind: string;
  title: string;
  body: string;
  /** What title/body are made of, for clients that word them in another language. */
  params: Record<string, string | null>;
  meetingId: string | null;
  email: { subject: string; text: string; attachments?: OutboxAttachment[] };
}

/**
 * Writes one in-app notification and one outbox e-mail per recipient, with the caller's
 * transaction manager: they commit or roll back together with the change they report.
 */
@Injectable()
export class NotificationWriter {
  async enqueue(
    manager: EntityManager,
    recipients: readonly NotificationRecipient[],
    message: NotificationMessage,
  ): Promise<number> {
    const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
    if (unique.length === 0) return 0;
    await manager.getRepository(NotificationEntity).insert(
      unique.map((r) => ({
        userId: r.userId,
        kind: message.kind,
        title: message.title.slice(0, 300),
        body: message.body,
        params: message.params,
        meetingId: message.meetingId,
      })),
    );
    await manager.getRepository(EmailOutboxEntity).insert(
      unique.map((r) => ({
        toAddress: r.email,
        toName: r.displayName.slice(0, 120),
        subject: message.email.subject.slice(0, 300),
        textBody: message.email.text,
        attachments: message.email.attachments ?? [],
        kind: message.kind,
        meetingId: message.meetingId,
      })),
    );
    return unique.length;
  }
}
