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
import { apiPath, ApiHttp } from '../../../core/api/http';

const meetingUrl = (id: string) => apiPath('meetings', id);

/**
 * The meetings, polls and calendar-feed endpoints. Shapes come from @cumbre/contracts; URLs stay
 * relative so that Angular's XSRF header goes with every change.
 */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(ApiHttp);

  list(query: MeetingListQuery = {}): Promise<Page<MeetingSummaryDto>> {
    return this.http.get('/api/meetings', { query });
  }

  /** Every page of a query (the API caps a page at 100), for the month view. */
  async listAll(query: Omit<MeetingListQuery, 'limit' | 'offset'>): Promise<MeetingSummaryDto[]> {
    const items: MeetingSummaryDto[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.list({ ...query, limit: 100, offset });
      items.push(...page.items);
      if (page.items.length === 0 || offset + page.items.length >= page.total) return items;
    }
  }

  get(id: string): Promise<MeetingDto> {
    return this.http.get(meetingUrl(id));
  }

  create(body: CreateMeetingRequest): Promise<MeetingDto> {
    return this.http.post('/api/meetings', body);
  }

  update(id: string, body: UpdateMeetingRequest): Promise<MeetingDto> {
    return this.http.patch(meetingUrl(id), body);
  }

  changeStatus(id: string, body: ChangeMeetingStatusRequest): Promise<MeetingDto> {
    return this.http.post(`${meetingUrl(id)}/status`, body);
  }

  invite(id: string, body: InviteRequest): Promise<MeetingDto> {
    return this.http.post(`${meetingUrl(id)}/invitations`, body);
  }

  uninvite(id: string, agencyId: string): Promise<MeetingDto> {
    return this.http.delete(`${meetingUrl(id)}/invitations/${encodeURIComponent(agencyId)}`);
  }

  rsvp(id: string, body: RsvpRequest): Promise<MeetingDto> {
    return this.http.post(`${meetingUrl(id)}/rsvp`, body);
  }

  conflicts(id: string): Promise<ConflictDto[]> {
    return this.http.get(`${meetingUrl(id)}/conflicts`);
  }

  createPoll(id: string, body: CreatePollRequest): Promise<PollDto> {
    return this.http.post(`${meetingUrl(id)}/poll`, body);
  }

  getPoll(id: string): Promise<PollDto> {
    return this.http.get(`${meetingUrl(id)}/poll`);
  }

  answerPoll(id: string, body: PollAnswerRequest): Promise<PollDto> {
    return this.http.put(`${meetingUrl(id)}/poll/answers`, body);
  }

  pickSlot(id: string, body: PickSlotRequest): Promise<MeetingDto> {
    return this.http.post(`${meetingUrl(id)}/poll/pick`, body);
  }

  /** A plain link: the browser downloads it with the session cookie. */
  icsUrl(id: string): string {
    return `${meetingUrl(id)}.ics`;
  }

  calendarFeed(): Promise<CalendarFeedDto> {
    return this.http.get('/api/calendar/feed');
  }

  /** Creates the feed, or replaces its secret (the old URL stops working). */
  rotateCalendarFeed(): Promise<CalendarFeedDto> {
    return this.http.post('/api/calendar/feed', null);
  }

  revokeCalendarFeed(): Promise<CalendarFeedDto> {
    return this.http.delete('/api/calendar/feed');
  }
}
