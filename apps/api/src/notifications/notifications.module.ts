import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EmailOutboxEntity } from './entities/email-outbox.entity';
import { MAIL_TRANSPORT, mailTransportFor } from './mail-transport';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { ScheduledDeliveryEntity } from './entities/scheduled-delivery.entity';
import { NotificationWriter } from './notification-writer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox-worker.service';
import { RealtimeModule } from '../realtime/realtime.module';

/** In-app notifications (the bell) and the e-mail outbox with its worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NotificationEntity,
      EmailOutboxEntity,
      NotificationPreferenceEntity,
      ScheduledDeliveryEntity,
    ]),
    RealtimeModule,
  ],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationWriter,
    OutboxWorker,
    { provide: MAIL_TRANSPORT, useFactory: (config: AppConfig) => mailTransportFor(config), inject: [APP_CONFIG] },
  ],
  exports: [NotificationWriter, NotificationsService, OutboxWorker, MAIL_TRANSPORT],
})
export class NotificationsModule {}
