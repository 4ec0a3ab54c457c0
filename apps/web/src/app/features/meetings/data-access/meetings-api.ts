import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CalendarFeedDto,
  ChangeMeetingStatusRequest,
  ConflictDto,
  CreateMeetingRequest,
  CreatePollRequest,
  InviteRequest,
  MeetingDto,
  MeetingListQuery,
  MeetingSummaryDto,
  Page,
  PickSlotRequest,
  PollAnswerRequest,
  PollDto,
  RsvpRequest,
  UpdateMeetingRequest,
} from '@cumbre/contracts';
import { send, toParams } from '../../../core/api/http';

const meetingUrl = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/**
 * The meetings, polls and calendar-feed endpoints. Shapes come from @cumbre/contracts; URLs stay
 * relative so that Angular's XSRF header goes with every change.
 */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  list(query: MeetingListQuery = {}): Promise<Page<MeetingSummaryDto>> {
    return send(
      this.http.get<Page<MeetingSummaryDto>>('/api/meetings', {
        params: toParams(query),
      }),
    );
  }

  /** Every page of a query (the API caps a page at 100), for the month view. */
  async listAll(
    query: Omit<MeetingListQuery, 'limit' | 'offset'>,
  ): Promise<MeetingSummaryDto[]> {
    const items: MeetingSummaryDto[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.list({ ...query, limit: 100, offset });
      items.push(...page.items);
      if (page.items.length === 0 || offset + page.items.length >= page.total)
        return items;
    }
  }

  get(id: string): Promise<MeetingDto> {
    return send(this.http.get<MeetingDto>(meetingUrl(id)));
  }

  create(body: CreateMeetingRequest): Promise<MeetingDto> {
    return send(this.http.post<MeetingDto>('/api/meetings', body));
  }

  update(id: string, body: UpdateMeetingRequest): Promise<MeetingDto> {
    return send(this.http.patch<MeetingDto>(meetingUrl(id), body));
  }

  changeStatus(
    id: string,
    body: ChangeMeetingStatusRequest,
  ): Promise<MeetingDto> {
    return send(this.http.post<MeetingDto>(`${meetingUrl(id)}/status`, body));
  }

  invite(id: string, body: InviteRequest): Promise<MeetingDto> {
    return send(
      this.http.post<MeetingDto>(`${meetingUrl(id)}/invitations`, body),
    );
  }

  uninvite(id: string, agencyId: string): Promise<MeetingDto> {
    return send(
      this.http.delete<MeetingDto>(
        `${meetingUrl(id)}/invitations/${encodeURIComponent(agencyId)}`,
      ),
    );
  }

  rsvp(id: string, body: RsvpRequest): Promise<MeetingDto> {
    return send(this.http.post<MeetingDto>(`${meetingUrl(id)}/rsvp`, body));
  }

  conflicts(id: string): Promise<ConflictDto[]> {
    return send(this.http.get<ConflictDto[]>(`${meetingUrl(id)}/conflicts`));
  }

  createPoll(id: string, body: CreatePollRequest): Promise<PollDto> {
    return send(this.http.post<PollDto>(`${meetingUrl(id)}/poll`, body));
  }

  getPoll(id: string): Promise<PollDto> {
    return send(this.http.get<PollDto>(`${meetingUrl(id)}/poll`));
  }

  answerPoll(id: string, body: PollAnswerRequest): Promise<PollDto> {
    return send(this.http.put<PollDto>(`${meetingUrl(id)}/poll/answers`, body));
  }

  pickSlot(id: string, body: PickSlotRequest): Promise<MeetingDto> {
    return send(
      this.http.post<MeetingDto>(`${meetingUrl(id)}/poll/pick`, body),
    );
  }

  /** A plain link: the browser downloads it with the session cookie. */
  icsUrl(id: string): string {
    return `${meetingUrl(id)}.ics`;
  }

  calendarFeed(): Promise<CalendarFeedDto> {
    return send(this.http.get<CalendarFeedDto>('/api/calendar/feed'));
  }

  /** Creates the feed, or replaces its secret (the old URL stops working). */
  rotateCalendarFeed(): Promise<CalendarFeedDto> {
    return send(this.http.post<CalendarFeedDto>('/api/calendar/feed', null));
  }

  revokeCalendarFeed(): Promise<CalendarFeedDto> {
    return send(this.http.delete<CalendarFeedDto>('/api/calendar/feed'));
  }
}
