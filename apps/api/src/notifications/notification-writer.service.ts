import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NOTIFICATION_EMAIL_DEFAULTS, type NotificationKind } from '@cumbre/contracts';
import { EmailOutboxEntity, OutboxAttachment } from './entities/email-outbox.entity';
import { NotificationEntity } from './entities/notification.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { signalUnreadChanged } from './notifications.service';

export interface NotificationRecipient {
  userId: string;
  email: string;
  displayName: string;
}

export interface NotificationMessage {
  kind: NotificationKind;
  title: string;
  body: string;
  /** What title/body are made of, for clients that word them in another language. */
  params: Record<string, string | null>;
  meetingId: string | null;
  email: { subject: string; text: string; attachments?: OutboxAttachment[] };
}

/**
 * Writes one in-app notification per recipient and, for those whose preference for the kind
 * says so, one outbox e-mail, with the caller's transaction manager: they commit or roll back
 * together with the change they report.
 */
@Injectable()
export class NotificationWriter {
  constructor(private readonly realtime: RealtimeService) {}

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
    // The bells of the recipients' open pages update when this commits.
    for (const r of unique) await signalUnreadChanged(this.realtime, manager, r.userId);
    const byMail = await this.wantsEmail(manager, unique, message.kind);
    if (byMail.length > 0) {
      await manager.getRepository(EmailOutboxEntity).insert(
        byMail.map((r) => ({
          toAddress: r.email,
          toName: r.displayName.slice(0, 120),
          subject: message.email.subject.slice(0, 300),
          textBody: message.email.text,
          attachments: message.email.attachments ?? [],
          kind: message.kind,
          meetingId: message.meetingId,
        })),
      );
    }
    return unique.length;
  }

  /**
   * Claims the right to send a one-off message: true the first time (job, key) is claimed, false
   * ever after. Call it in the transaction that writes the message, so that a rollback frees the
   * claim and two API instances racing for it send once (the loser waits on the row, then sees it).
   */
  async claimOnce(manager: EntityManager, job: string, key: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO scheduled_delivery (job, key) VALUES ($1, $2) ON CONFLICT (job, key) DO NOTHING RETURNING key`,
      [job, key.slice(0, 200)],
    );
    return rows.length > 0;
  }

  /** Those recipients who get this kind by e-mail: their own choice, else the kind's default. */
  private async wantsEmail(
    manager: EntityManager,
    recipients: NotificationRecipient[],
    kind: NotificationKind,
  ): Promise<NotificationRecipient[]> {
    const rows: { user_id: string; email: boolean }[] = await manager.query(
      'SELECT user_id, email FROM notification_preference WHERE kind = $1 AND user_id = ANY($2::uuid[])',
      [kind, recipients.map((r) => r.userId)],
    );
    const chosen = new Map(rows.map((r) => [r.user_id, r.email]));
    const fallback = NOTIFICATION_EMAIL_DEFAULTS[kind] ?? false;
    return recipients.filter((r) => chosen.get(r.userId) ?? fallback);
  }
}
