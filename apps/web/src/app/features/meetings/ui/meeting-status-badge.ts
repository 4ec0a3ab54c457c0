import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MeetingStatus } from '@cumbre/contracts';
import { MeetingLabelPipe } from './meeting-labels';

/** A meeting's status as a badge, green while it is on, red once cancelled (list and detail). */
@Component({
  selector: 'app-meeting-status-badge',
  imports: [MeetingLabelPipe],
  template: `<span class="badge status-badge" [attr.data-status]="status()" [attr.data-testid]="testId()">{{
    status() | meetingLabel: 'status'
  }}</span>`,
  styles: `
    :host {
      display: contents;
    }
    .status-badge[data-status='scheduled'],
    .status-badge[data-status='in_progress'] {
      background: #e7f5ec;
      color: #14532d;
    }
    .status-badge[data-status='cancelled'] {
      background: #fdecea;
      color: #7a1712;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingStatusBadge {
  readonly status = input.required<MeetingStatus>();
  readonly testId = input<string | null>(null);
}
