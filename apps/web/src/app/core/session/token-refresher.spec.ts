import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LAST_REFRESH_KEY, TokenRefresher } from './token-refresher';

/** A Web Locks stand-in that runs one holder at a time, in request order. */
function fakeLocks() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    request: (_name: string, run: () => Promise<unknown>) => {
      const turn = queue.then(run);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

describe('TokenRefresher across tabs', () => {
  let refresher: TokenRefresher;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.removeItem(LAST_REFRESH_KEY);
    vi.stubGlobal('navigator', { ...navigator, locks: fakeLocks() });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    refresher = TestBed.inject(TokenRefresher);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    vi.unstubAllGlobals();
  });

  it('refreshes under the lock and records when, for the other tabs', async () => {
    const done = firstValueFrom(refresher.refresh());
    await vi.waitFor(() => backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(null));
    await done;
    expect(Number(localStorage.getItem(LAST_REFRESH_KEY))).toBeGreaterThan(0);
  });

  it('does not refresh again when another tab refreshed while this one waited', async () => {
    localStorage.setItem(LAST_REFRESH_KEY, String(Date.now() + 60_000));
    await firstValueFrom(refresher.refresh());
    backend.expectNone('/api/auth/refresh');
  });
});
