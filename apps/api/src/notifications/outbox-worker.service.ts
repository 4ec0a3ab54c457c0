import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { OutboxAttachment } from './entities/email-outbox.entity';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { PeriodicJob, PeriodicJobHost } from '../common/periodic-job';

/** After this many failed attempts an e-mail is given up on (status `failed`). */
export const OUTBOX_MAX_ATTEMPTS = 8;
const POLL_INTERVAL_MS = 5_000;
const BATCH_SIZE = 20;

/** The text with every e-mail address replaced (for log lines). */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<address>');
}

/** 30 s, 1 min, 2 min, … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

interface OutboxRow {
  id: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  text_body: string;
  attachments: OutboxAttachment[];
  attempts: number;
}

export interface OutboxBatchResult {
  sent: number;
  failed: number;
}

/**
 * Sends the e-mail outbox. Each batch locks its rows with FOR UPDATE SKIP LOCKED, so several API
 * instances can run the worker at once without sending anything twice. Runs on a timer in the
 * application, never in the request path; off in tests, which call `processOutboxBatch()`.
 */
@Injectable()
export class OutboxWorker extends PeriodicJobHost {
  private readonly logger = new Logger('Outbox');
  protected readonly job = new PeriodicJob(
    'outbox batch',
    POLL_INTERVAL_MS,
    () => this.processOutboxBatch(),
    this.logger,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {
    super();
  }

  /** Sends up to `limit` due e-mails; returns how many were sent and how many failed. */
  async processOutboxBatch(limit = BATCH_SIZE): Promise<OutboxBatchResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, to_address, to_name, subject, text_body, attachments, attempts
           FROM email_outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const result: OutboxBatchResult = { sent: 0, failed: 0 };
      for (const row of rows) {
        try {
          await this.transport.send({
            id: row.id,
            from: this.config.mailFrom,
            to: { address: row.to_address, name: row.to_name },
            subject: row.subject,
            text: row.text_body,
            attachments: row.attachments,
          });
          await manager.query(
            `UPDATE email_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
            [row.id],
          );
          result.sent++;
        } catch (err) {
          const attempts = row.attempts + 1;
          const message = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
          await manager.query(
            `UPDATE email_outbox
                SET attempts = $2, last_error = $3, status = $4,
                    next_attempt_at = now() + make_interval(secs => $5)
              WHERE id = $1`,
            [
              row.id,
              attempts,
              message,
              attempts >= OUTBOX_MAX_ATTEMPTS ? 'failed' : 'pending',
              retryDelaySeconds(attempts),
            ],
          );
          // A mail server's refusal often quotes the recipient: no address goes into a log line.
          this.logger.warn(
            { outboxId: row.id, attempts, err: redactAddresses(message) },
            'e-mail not sent; will retry',
          );
          result.failed++;
        }
      }
      return result;
    });
  }
}
