import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

/**
 * A job run on a timer inside the API (the outbox worker, the reminders): one run at a time in
 * this instance, failures logged rather than thrown, and a stop that waits for the run in hand.
 * Jobs make themselves safe across instances in their SQL (SKIP LOCKED, unique claims).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly what: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.work().catch((err: unknown) =>
      this.logger.error({ err: err instanceof Error ? err.message : String(err) }, `${this.what} failed`),
    );
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }
}

/**
 * A provider that runs a PeriodicJob with the application: started once the application has
 * booted, except under test (specs call the job's work themselves, at the test clock's time),
 * and stopped on shutdown, waiting for the run in hand.
 */
export abstract class PeriodicJobHost implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly job: PeriodicJob;
  protected abstract readonly config: Pick<AppConfig, 'env'>;

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
