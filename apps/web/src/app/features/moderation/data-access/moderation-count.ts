import { isPlatformBrowser } from '@angular/common';
import { inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import type { ModerationCountDto } from '@cumbre/contracts';
import { ModerationApi } from './moderation-api';

/** How often the navigation's count is refreshed while the app is open. */
export const MODERATION_POLL_MS = 60_000;

/**
 * Comments waiting for a moderator, shared by the navigation's badge and the queue (which
 * refreshes it after each decision, so the badge never lags behind the page).
 */
@Injectable({ providedIn: 'root' })
export class ModerationCount {
  private readonly api = inject(ModerationApi);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  readonly value = signal<ModerationCountDto | null>(null);
  private timer: ReturnType<typeof setInterval> | null = null;

  async refresh(): Promise<void> {
    try {
      this.value.set(await this.api.count());
    } catch {
      // A badge that cannot be read stays as it was; the queue page shows its own errors.
    }
  }

  /** Starts polling once (the staff shell lives as long as the session). */
  watch(): void {
    void this.refresh();
    if (this.isBrowser && this.timer === null) {
      this.timer = setInterval(() => void this.refresh(), MODERATION_POLL_MS);
    }
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
