import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { defer, finalize, firstValueFrom, from, map, Observable, shareReplay } from 'rxjs';

const LOCK = 'cumbre-auth-refresh';
export const LAST_REFRESH_KEY = 'cumbre-refreshed-at';

/**
 * One refresh at a time: when several requests hit a 401 together they all wait for the same
 * `POST /api/auth/refresh`, because a second refresh would present an already rotated token and
 * the server would take it as token reuse and revoke the whole session.
 *
 * The same holds across tabs, which share the cookies: a Web Lock lets one tab refresh while the
 * others wait, and a tab that waited while another refreshed just retries with the new cookies.
 */
@Injectable({ providedIn: 'root' })
export class TokenRefresher {
  private readonly http = inject(HttpClient);
  private inFlight: Observable<void> | null = null;

  refresh(): Observable<void> {
    this.inFlight ??= defer(() => this.refreshAcrossTabs()).pipe(
      map(() => undefined),
      finalize(() => (this.inFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.inFlight;
  }

  private refreshAcrossTabs(): Observable<unknown> {
    const post = () => this.http.post('/api/auth/refresh', null);
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks || typeof localStorage === 'undefined') return post();
    const askedAt = Date.now();
    return from(
      locks.request(LOCK, async () => {
        if (Number(localStorage.getItem(LAST_REFRESH_KEY) ?? 0) >= askedAt) return;
        await firstValueFrom(post());
        localStorage.setItem(LAST_REFRESH_KEY, String(Date.now()));
      }),
    );
  }
}
