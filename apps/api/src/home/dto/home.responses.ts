import { ApiProperty } from '@nestjs/swagger';
import {
  MEETING_STATUSES,
  RSVP_STATUSES,
  type AgencySummary,
  type HomeActionPlanDto,
  type HomeAwaitingDto,
  type HomeConveningDto,
  type HomeDto,
  type HomeMeetingDto,
  type HomeNotificationsDto,
  type MeetingStatus,
  type NotificationDto,
  type RsvpStatus,
} from '@cumbre/contracts';
import { AgencySummaryResponse } from '../../agencies/dto/agency.responses';
import { NotificationResponse } from '../../notifications/dto/notification.responses';

export class HomeMeetingResponse implements HomeMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startsAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endsAt!: string | null;
  @ApiProperty({ example: 'America/Lima' }) timeZone!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ type: AgencySummaryResponse }) hostAgency!: AgencySummary;
  @ApiProperty({ enum: RSVP_STATUSES, nullable: true }) myRsvp!: RsvpStatus | null;
}

export class HomeAwaitingResponse implements HomeAwaitingDto {
  @ApiProperty({ enum: ['invitation', 'poll'] }) kind!: 'invitation' | 'poll';
  @ApiProperty({ type: HomeMeetingResponse }) meeting!: HomeMeetingDto;
  @ApiProperty({ type: AgencySummaryResponse, description: 'The agency that owes the answer' }) agency!: AgencySummary;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: "Poll: its deadline; invitation: the meeting's start",
  })
  deadline!: string | null;
}

export class HomeConveningResponse implements HomeConveningDto {
  @ApiProperty({ type: HomeMeetingResponse }) meeting!: HomeMeetingDto;
  @ApiProperty() invitedCount!: number;
  @ApiProperty({ type: [AgencySummaryResponse] }) pendingInvitation!: AgencySummary[];
  @ApiProperty({ type: [AgencySummaryResponse] }) pendingPoll!: AgencySummary[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) pollDeadline!: string | null;
}

export class HomeNotificationsResponse implements HomeNotificationsDto {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationDto[];
  @ApiProperty() unread!: number;
}

export class HomeActionPlanResponse implements HomeActionPlanDto {
  @ApiProperty({ type: AgencySummaryResponse }) agency!: AgencySummary;
  @ApiProperty({ description: 'Action items it owns that are not done' }) pending!: number;
  @ApiProperty({ description: 'Of those, past their due date' }) overdue!: number;
}

export class HomeResponse implements HomeDto {
  @ApiProperty({ type: [HomeMeetingResponse] }) nextMeetings!: HomeMeetingDto[];
  @ApiProperty({
    type: [HomeMeetingResponse],
    description: 'Meetings the user took part in that ended in the last 30 days, the latest first',
  })
  recentMeetings!: HomeMeetingDto[];
  @ApiProperty({ type: [HomeActionPlanResponse], description: "What the user's agencies still owe, by agency" })
  actionPlan!: HomeActionPlanDto[];
  @ApiProperty({ type: [HomeAwaitingResponse] }) awaitingAnswer!: HomeAwaitingDto[];
  @ApiProperty({ type: [HomeConveningResponse] }) convening!: HomeConveningDto[];
  @ApiProperty({ type: HomeNotificationsResponse }) notifications!: HomeNotificationsDto;
}
