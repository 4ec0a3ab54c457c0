import { inject, Injectable } from '@angular/core';
import type {
  MarkAllReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQuery,
  NotificationPreferencesDto,
  UpdateNotificationPreferencesRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

/** The in-app notifications of the signed-in user. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(ApiHttp);

  list(query: NotificationListQuery = {}): Promise<NotificationListDto> {
    return this.http.get('/api/notifications', { query });
  }

  markRead(id: string): Promise<NotificationDto> {
    return this.http.post(`${apiPath('notifications', id)}/read`, null);
  }

  markAllRead(): Promise<MarkAllReadDto> {
    return this.http.post('/api/notifications/read-all', null);
  }

  preferences(): Promise<NotificationPreferencesDto> {
    return this.http.get('/api/notifications/preferences');
  }

  savePreferences(body: UpdateNotificationPreferencesRequest): Promise<NotificationPreferencesDto> {
    return this.http.put('/api/notifications/preferences', body);
  }
}
