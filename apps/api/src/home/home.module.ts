import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** The home page's one request; owns no table, composes meetings and notifications. */
@Module({
  imports: [MeetingsModule, NotificationsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
