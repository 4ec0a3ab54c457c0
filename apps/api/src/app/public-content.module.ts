import { Global, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { ContentBus, PublicContent } from '../common/public-content/public-content.service';
import { RealtimeModule } from '../realtime/realtime.module';
import { RealtimeService } from '../realtime/realtime.service';

/** The realtime topic of public content changes; payload `{ tags }` (no content, no personal data). */
export const PUBLIC_CONTENT_TOPIC = 'public-content:changed';

/** ContentBus on the realtime module: one topic, tags as the payload. */
@Injectable()
export class RealtimeContentBus extends ContentBus implements OnModuleDestroy {
  private readonly subscriptions: Subscription[] = [];

  constructor(private readonly realtime: RealtimeService) {
    super();
  }

  async announce(manager: EntityManager, tags: string[]): Promise<void> {
    await this.realtime.publish(manager, PUBLIC_CONTENT_TOPIC, { tags });
  }

  subscribe(listener: (tags: string[]) => void): void {
    this.subscriptions.push(
      this.realtime.subscribe<{ tags?: string[] }>([PUBLIC_CONTENT_TOPIC]).subscribe((event) => {
        if (Array.isArray(event.payload?.tags)) listener(event.payload.tags);
      }),
    );
  }

  get live(): boolean {
    return this.realtime.listenerState.connected;
  }

  onModuleDestroy(): void {
    for (const s of this.subscriptions) s.unsubscribe();
  }
}

/** Public content versions and caches for every writer of public content and the web root. */
@Global()
@Module({
  imports: [RealtimeModule],
  providers: [PublicContent, { provide: ContentBus, useClass: RealtimeContentBus }],
  exports: [PublicContent],
})
export class PublicContentModule {}
