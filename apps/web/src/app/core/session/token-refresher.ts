import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { finalize, map, Observable, shareReplay } from 'rxjs';

/**
 * One refresh at a time: when several requests hit a 401 together they all wait for the same
 * `POST /api/auth/refresh`, because a second refresh would present an already rotated token and
 * the server would take it as token reuse and revoke the whole session.
 */
@Injectable({ providedIn: 'root' })
export class TokenRefresher {
  private readonly http = inject(HttpClient);
  private inFlight: Observable<void> | null = null;

  refresh(): Observable<void> {
    this.inFlight ??= this.http.post('/api/auth/refresh', null).pipe(
      map(() => undefined),
      finalize(() => (this.inFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.inFlight;
  }
}
