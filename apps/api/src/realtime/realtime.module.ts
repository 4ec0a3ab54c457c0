import { Module } from '@nestjs/common';
import { EventStreams } from './event-stream.service';
import { RealtimeService } from './realtime.service';

/**
 * Live events across API instances (PostgreSQL LISTEN/NOTIFY with an event table for replay).
 * A feature publishes inside its write's transaction and serves its own SSE route with
 * `EventStreams` (event-stream.service.ts) after checking that the reader may see the resource.
 */
@Module({
  providers: [RealtimeService, EventStreams],
  exports: [RealtimeService, EventStreams],
})
export class RealtimeModule {}
