import { inject, Injectable } from '@angular/core';
import type {
  AgendaDto,
  CommentSubmittedDto,
  CommentSubscriptionResultDto,
  CreateCommentRequest,
  FlagCommentRequest,
  KeysetPage,
  PublicAgencyDto,
  PublicAnnouncementDto,
  PublicAnnouncementListQuery,
  PublicAnnouncementSummaryDto,
  PublicMeetingDetailDto,
  PublicMeetingDto,
  PublicMeetingListQuery,
  PublicPracticeDto,
  PublicPracticeSummaryDto,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

/**
 * The public site's endpoints (no sign-in). Relative URLs: on the server Angular resolves them
 * against the request's origin, and the answers travel to the browser in the transfer cache, so
 * hydration does not ask twice.
 */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  private readonly http = inject(ApiHttp);

  announcements(query: PublicAnnouncementListQuery = {}): Promise<KeysetPage<PublicAnnouncementSummaryDto>> {
    return this.http.get('/api/public/announcements', { query });
  }

  /**
   * An old slug answers with the announcement under its current slug (the fetch follows the
   * 301). `fresh` revalidates the browser's copy (after the reader's own comment went live).
   */
  announcement(slug: string, fresh = false): Promise<PublicAnnouncementDto> {
    return this.http.get(apiPath('public', 'announcements', slug), {
      ...(fresh ? { cache: 'no-cache' as const } : {}),
    });
  }

  agency(id: string): Promise<PublicAgencyDto> {
    return this.http.get(apiPath('public', 'agencies', id));
  }

  meetings(query: PublicMeetingListQuery = {}): Promise<KeysetPage<PublicMeetingDto>> {
    return this.http.get('/api/public/meetings', { query });
  }

  /** Best practices their agency's leader published (never intelligence). */
  practices(query: { after?: string } = {}): Promise<KeysetPage<PublicPracticeSummaryDto>> {
    return this.http.get('/api/public/practices', { query });
  }

  practice(id: string): Promise<PublicPracticeDto> {
    return this.http.get(apiPath('public', 'practices', id));
  }

  meeting(id: string): Promise<PublicMeetingDetailDto> {
    return this.http.get(apiPath('public', 'meetings', id));
  }

  /** The published agenda of a public meeting (the agenda module answers the anonymous public). */
  agenda(meetingId: string): Promise<AgendaDto> {
    return this.http.get(`${apiPath('meetings', meetingId)}/agenda`);
  }

  comment(slug: string, body: CreateCommentRequest): Promise<CommentSubmittedDto> {
    return this.http.post(`${apiPath('public', 'announcements', slug)}/comments`, body);
  }

  flag(commentId: string, body: FlagCommentRequest): Promise<void> {
    return this.http.post(`${apiPath('public', 'comments', commentId)}/flags`, body);
  }

  confirmSubscription(token: string): Promise<CommentSubscriptionResultDto> {
    return this.http.get('/api/public/comment-subscriptions/confirm', {
      query: { token },
    });
  }

  unsubscribe(token: string): Promise<CommentSubscriptionResultDto> {
    return this.http.post('/api/public/comment-subscriptions/unsubscribe', null, { query: { token } });
  }
}
