import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings/meetings.module';
import { CalendarFeedTokenEntity } from './entities/calendar-feed-token.entity';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';

/** Calendar subscriptions: a secret per-user feed and the public feed. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedTokenEntity]), MeetingsModule],
  controllers: [CalendarController],
  providers: [CalendarFeedService],
})
export class CalendarModule {}
