import { inject, Injectable } from '@angular/core';
import type {
  AnnouncementDto,
  AnnouncementListQuery,
  ChangeAnnouncementStatusRequest,
  CreateAnnouncementRequest,
  Page,
  UpdateAnnouncementRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

const announcementUrl = (id: string) => apiPath('announcements', id);

/** The staff side of announcements: list, write, change status, cover image, Markdown preview. */
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
}
