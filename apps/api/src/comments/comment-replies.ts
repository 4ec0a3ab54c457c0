import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PUBLIC_PATHS } from '@cumbre/contracts';
import { EmailOutboxEntity } from '../notifications/entities/email-outbox.entity';
import type { NotificationWriter } from '../notifications/notification-writer.service';
import { CommentSubscriptionEntity } from './entities/comment.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The one-click unsubscribe token of a subscription: its id and a keyed signature, so that every
 * message carries a working link without any token being stored in the clear.
 */
export function unsubscribeToken(subscriptionId: string, secret: string): string {
  const sig = createHmac('sha256', secret).update(`comment-unsubscribe:${subscriptionId}`).digest('base64url');
  return `${subscriptionId}.${sig}`;
}

/** The subscription id an unsubscribe token names, or null when its signature is wrong. */
export function readUnsubscribeToken(token: string, secret: string): string | null {
  const [id, sig] = token.split('.', 2);
  if (!id || !sig || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(unsubscribeToken(id, secret).split('.', 2)[1]);
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/**
 * Double opt-in, step one: a subscription waiting for its confirmation, and the e-mail with the
 * confirmation link (through the outbox, in the comment's transaction).
 */
export async function requestReplyNotifications(
  manager: EntityManager,
  args: {
    commentId: string;
    email: string;
    name: string;
    announcementTitle: string;
    publicUrl: string;
    secret: string;
  },
): Promise<void> {
  const token = randomBytes(24).toString('base64url');
  const inserted = await manager.getRepository(CommentSubscriptionEntity).insert({
    commentId: args.commentId,
    email: args.email,
    tokenHash: hashToken(token),
  });
  const id = (inserted.identifiers[0] as { id: string }).id;
  const confirm = `${args.publicUrl}${PUBLIC_PATHS.subscriptionConfirm(token)}`;
  const stop = `${args.publicUrl}${PUBLIC_PATHS.subscriptionUnsubscribe(unsubscribeToken(id, args.secret))}`;
  await manager.getRepository(EmailOutboxEntity).insert({
    toAddress: args.email,
    toName: args.name.slice(0, 120),
    subject: 'Confirma si quieres recibir las respuestas a tu comentario',
    textBody:
      `Hola, ${args.name}:\n\nComentaste «${args.announcementTitle}» y pediste que te avisemos cuando alguien responda.\n` +
      `Confírmalo en este enlace:\n${confirm}\n\nSi no fuiste tú, ignora este mensaje: no te escribiremos más.\n` +
      `Para darte de baja en cualquier momento: ${stop}\n`,
    kind: 'comment.subscription_confirm',
    meetingId: null,
  });
}

/**
 * A reply became visible: one e-mail to each confirmed subscriber of the parent comment (not the
 * replier), each claimed once, with a one-click unsubscribe link. The reply's text goes out as
 * plain text; no address other than the recipient's own is in the message.
 */
export async function notifyReplySubscribers(
  manager: EntityManager,
  writer: NotificationWriter,
  args: {
    replyId: string;
    parentId: string;
    replierEmail: string;
    replierName: string;
    replyText: string;
    announcementTitle: string;
    announcementSlug: string;
    publicUrl: string;
    secret: string;
  },
): Promise<number> {
  const subs: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM comment_subscription
      WHERE comment_id = $1 AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL AND email <> $2`,
    [args.parentId, args.replierEmail],
  );
  let sent = 0;
  for (const s of subs) {
    if (!(await writer.claimOnce(manager, 'comment.reply', `${s.id}:${args.replyId}`))) continue;
    const page = `${args.publicUrl}${PUBLIC_PATHS.announcement(args.announcementSlug)}`;
    const stop = `${args.publicUrl}${PUBLIC_PATHS.subscriptionUnsubscribe(unsubscribeToken(s.id, args.secret))}`;
    await manager.getRepository(EmailOutboxEntity).insert({
      toAddress: s.email,
      toName: null,
      subject: `Nueva respuesta a tu comentario en «${args.announcementTitle}»`.slice(0, 300),
      textBody:
        `${args.replierName} respondió a tu comentario en «${args.announcementTitle}»:\n\n${args.replyText}\n\n` +
        `Léelo en: ${page}\n\nNo quiero más avisos (un clic): ${stop}\n`,
      kind: 'comment.reply',
      meetingId: null,
    });
    sent++;
  }
  return sent;
}
