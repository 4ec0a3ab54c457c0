import { Inject, Injectable, Logger } from '@nestjs/common';
import { Changes } from '../audit/changes';
import { Clock } from '../common/clock';
import { PeriodicJob, PeriodicJobHost } from '../common/periodic-job';
import { PublicContent } from '../common/public-content/public-content.service';
import { announcementTags } from '../common/public-content/tags';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const TICK_MS = 20_000;

/**
 * Publishes scheduled announcements when their time comes. The conditional UPDATE is the claim:
 * a row moves from `scheduled` to `published` once, and an instance racing for the same row
 * waits for the winner's commit and then finds it no longer scheduled, so each announcement is
 * published (and audited, and announced to the caches) exactly once however many instances run.
 */
@Injectable()
export class AnnouncementPublisher extends PeriodicJobHost {
  private readonly logger = new Logger('AnnouncementPublisher');
  protected readonly job = new PeriodicJob('scheduled publishing', TICK_MS, () => this.runOnce(), this.logger);

  constructor(
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly changes: Changes,
    private readonly content: PublicContent,
  ) {
    super();
  }

  /** Publishes what is due at `now`; returns the ids this call published. */
  async runOnce(now: Date = this.clock.now()): Promise<string[]> {
    const tags: string[] = [];
    const ids = await this.changes.run({ actor: null, origin: null }, async ({ manager, audit }) => {
      const [rows]: [{ id: string; agency_id: string; publish_at: Date }[], number] = await manager.query(
        `UPDATE announcement SET status = 'published', published_at = publish_at, version = version + 1, updated_at = now()
          WHERE status = 'scheduled' AND publish_at <= $1
          RETURNING id, agency_id, publish_at`,
        [now],
      );
      for (const r of rows) {
        await audit({
          action: 'announcement.published_on_schedule',
          objectType: 'announcement',
          objectId: r.id,
          details: { publishAt: r.publish_at.toISOString() },
        });
        tags.push(...announcementTags(r.id, r.agency_id));
      }
      await this.content.changed(manager, tags);
      return rows.map((r) => r.id);
    });
    this.content.dropLocal(tags);
    if (ids.length) this.logger.log({ ids }, 'scheduled announcements published');
    return ids;
  }
}
