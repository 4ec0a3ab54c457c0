import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../../../core/i18n/i18n.service';
import { defineMessages, injectMessages } from '../../../core/i18n/translate';
import { formatMeetingTime } from '@cumbre/scheduling';
import { viewerEcho } from './meeting-time';
import { browserTimeZone } from './zoned-input';

const MESSAGES = defineMessages({
  es: { yours: 'En tu zona horaria', noTime: 'Fecha por definir' },
  en: { yours: 'In your time zone', noTime: 'Date to be decided' },
});

/** A meeting's time in its own zone, named, and the reader's local time beside it when it differs. */
@Component({
  selector: 'app-meeting-when',
  template: `
    @if (text()) {
      <span class="when" data-testid="meeting-when">{{ text() }}</span>
      @if (local()) {
        <span class="when-local" data-testid="meeting-when-local">{{ t().yours }}: {{ local() }}</span>
      }
    } @else {
      <span class="when when--none">{{ t().noTime }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
    }
    .when {
      font-weight: 600;
    }
    .when--none {
      font-weight: 400;
      font-style: italic;
      color: var(--muted);
    }
    .when-local {
      font-size: 0.875rem;
      color: var(--muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingWhen {
  readonly startsAt = input<string | null>(null);
  readonly endsAt = input<string | null>(null);
  readonly timeZone = input.required<string>();

  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(MESSAGES);
  private readonly viewerZone = browserTimeZone();

  protected readonly text = computed(() =>
    formatMeetingTime({ startsAt: this.startsAt(), endsAt: this.endsAt() }, this.timeZone(), this.i18n.lang()),
  );
  protected readonly local = computed(() =>
    viewerEcho(this.startsAt(), this.endsAt(), this.timeZone(), this.viewerZone, this.i18n.lang()),
  );
}
