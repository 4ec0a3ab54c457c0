import { inject, Injectable } from '@angular/core';
import { PUBLIC_PAGE_MAX_SIZE } from '@cumbre/contracts';
import type {
  KeysetPage,
  PublicMeetingDto,
  AnnouncementDto,
  AnnouncementListQuery,
  ChangeAnnouncementStatusRequest,
  CreateAnnouncementRequest,
  Page,
  UpdateAnnouncementRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

const announcementUrl = (id: string) => apiPath('announcements', id);

/** The staff side of announcements: list, write, change status, cover image, the meeting it is about. */
@Injectable({ providedIn: 'root' })
export class AnnouncementsApi {
  private readonly http = inject(ApiHttp);

  list(query: AnnouncementListQuery = {}): Promise<Page<AnnouncementDto>> {
    return this.http.get('/api/announcements', { query });
  }

  get(id: string): Promise<AnnouncementDto> {
    return this.http.get(announcementUrl(id));
  }

  create(body: CreateAnnouncementRequest): Promise<AnnouncementDto> {
    return this.http.post('/api/announcements', body);
  }

  update(id: string, body: UpdateAnnouncementRequest): Promise<AnnouncementDto> {
    return this.http.patch(announcementUrl(id), body);
  }

  changeStatus(id: string, body: ChangeAnnouncementStatusRequest): Promise<AnnouncementDto> {
    return this.http.post(`${announcementUrl(id)}/status`, body);
  }

  /** The image itself is the body (JPEG, PNG or WebP); the API resizes it to a few widths. */
  uploadCover(id: string, version: number, file: File): Promise<AnnouncementDto> {
    return this.http.put(`${announcementUrl(id)}/cover`, file, {
      query: { version },
    });
  }

  removeCover(id: string, version: number): Promise<AnnouncementDto> {
    return this.http.delete(`${announcementUrl(id)}/cover`, {
      query: { version },
    });
  }

  /**
   * Public meetings an announcement may be about (upcoming soonest first, or past latest
   * first), for the editor's "related meeting" choice.
   */
  publicMeetings(when: 'upcoming' | 'past'): Promise<KeysetPage<PublicMeetingDto>> {
    return this.http.get('/api/public/meetings', { query: { when, limit: PUBLIC_PAGE_MAX_SIZE } });
  }

  /** One public meeting (the one an announcement names, when it is not among the recent). */
  publicMeeting(id: string): Promise<PublicMeetingDto> {
    return this.http.get(apiPath('public', 'meetings', id));
  }
}
