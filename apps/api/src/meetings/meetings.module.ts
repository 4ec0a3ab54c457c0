import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { NotificationsModule } from '../notifications/notifications.module';
import { MembershipEntity } from '../users/entities/membership.entity';
import { UserEntity } from '../users/entities/user.entity';
import { ConflictsService } from './conflicts.service';
import { MeetingDelegateEntity } from './entities/meeting-delegate.entity';
import { MeetingInvitationEntity } from './entities/meeting-invitation.entity';
import { MeetingPollAnswerEntity, MeetingPollEntity, MeetingPollSlotEntity } from './entities/meeting-poll.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MeetingCalendarService } from './meeting-calendar.service';
import { MeetingNotifier } from './meeting-notifier.service';
import { MeetingHomeService } from './meeting-home.service';
import { MeetingQueries } from './meeting-queries.service';
import { MeetingReminders } from './meeting-reminders.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';

/** Meetings, invitations and answers, conflicts, date polls, iCalendar. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      // Referenced by the meeting tables' relations; registering them here keeps this module whole.
      AgencyEntity,
      UserEntity,
      MembershipEntity,
      MeetingEntity,
      MeetingInvitationEntity,
      MeetingDelegateEntity,
      MeetingPollEntity,
      MeetingPollSlotEntity,
      MeetingPollAnswerEntity,
    ]),
    NotificationsModule,
  ],
  controllers: [MeetingsController, InvitationsController, PollsController],
  providers: [
    MeetingQueries,
    MeetingsService,
    InvitationsService,
    ConflictsService,
    PollsService,
    MeetingCalendarService,
    MeetingNotifier,
    MeetingReminders,
    MeetingHomeService,
  ],
  exports: [MeetingCalendarService, MeetingHomeService, MeetingReminders, MeetingQueries],
})
export class MeetingsModule {}
