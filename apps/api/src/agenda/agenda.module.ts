import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionItemsController } from './action-items.controller';
import { ActionItemRemindersJob } from './action-item-reminders.service';
import { ActionItemsService } from './action-items.service';
import { AgendaChangeFeed } from './agenda-change-feed';
import { AgendaController } from './agenda.controller';
import { AgendaDocumentsController } from './agenda-documents.controller';
import { AgendaPdfService } from './agenda-pdf.service';
import { AgendaEventsService } from './agenda-events.service';
import { AgendaItemsService } from './agenda-items.service';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaQueries } from './agenda-queries.service';
import { AgendaWrites } from './agenda-writes';
import { ActionItemEntity, ActionItemEventEntity } from './entities/action-item.entity';
import { AgendaItemMinutesEntity } from './entities/agenda-item-minutes.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AgendaVersionEntity } from './entities/agenda-version.entity';
import { AgendaEntity } from './entities/agenda.entity';
import { DecisionEntity } from './entities/decision.entity';
import { MinutesController } from './minutes.controller';
import { MinutesService } from './minutes.service';
import { RealtimeModule } from '../realtime/realtime.module';

/** The agenda of a meeting: drafting, proposals, published versions, minutes, decisions, the action plan. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AgendaEntity,
      AgendaItemEntity,
      AgendaVersionEntity,
      AgendaItemMinutesEntity,
      DecisionEntity,
      ActionItemEntity,
      ActionItemEventEntity,
    ]),
    MeetingsModule,
    NotificationsModule,
    RealtimeModule,
  ],
  controllers: [AgendaController, AgendaDocumentsController, MinutesController, ActionItemsController],
  providers: [
    AgendaQueries,
    AgendaWrites,
    AgendaChangeFeed,
    AgendaEventsService,
    AgendaPdfService,
    AgendaItemsService,
    AgendaPublishingService,
    MinutesService,
    ActionItemsService,
    ActionItemRemindersJob,
  ],
  // The change feed is what a realtime module subscribes to; the queries answer other modules'
  // questions about an item (notes links).
  exports: [AgendaChangeFeed, AgendaQueries, ActionItemsService],
})
export class AgendaModule {}
