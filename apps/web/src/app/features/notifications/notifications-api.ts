import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MarkAllReadDto,
  NotificationDto,
  NotificationListDto,
  NotificationListQuery,
} from '@cumbre/contracts';
import { firstValueFrom } from 'rxjs';

/** The in-app notifications of the signed-in user. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: NotificationListQuery = {}): Promise<NotificationListDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) params = params.set(key, String(value));
    return firstValueFrom(
      this.http.get<NotificationListDto>('/api/notifications', { params }),
    );
  }

  markRead(id: string): Promise<NotificationDto> {
    return firstValueFrom(
      this.http.post<NotificationDto>(
        `/api/notifications/${encodeURIComponent(id)}/read`,
        null,
      ),
    );
  }

  markAllRead(): Promise<MarkAllReadDto> {
    return firstValueFrom(
      this.http.post<MarkAllReadDto>('/api/notifications/read-all', null),
    );
  }
}
