import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** The home page's one request; owns no table, composes meetings, action plans and notifications. */
@Module({
  imports: [MeetingsModule, AgendaModule, NotificationsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
