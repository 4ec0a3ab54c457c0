import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ActionItemDto } from '@cumbre/contracts';
import { Selection } from '../../../core/forms/selection';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { MINUTES_MESSAGES } from './minutes.messages';

/**
 * The button that shows or hides an action item's history where action items are listed (the
 * action plan, an item's minutes); `open` holds the ids of the items whose history is shown.
 */
@Component({
  selector: 'app-history-toggle',
  imports: [MatButtonModule, FillPipe],
  template: `
    @let shown = open().has(item().id);
    <button
      mat-button
      type="button"
      [attr.aria-expanded]="shown"
      [attr.aria-label]="m().historyLabel | fill: { what: item().what }"
      (click)="open().toggle(item().id, !shown)"
      [attr.data-testid]="testId()"
    >
      {{ shown ? m().hideHistory : m().history }}
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryToggle {
  readonly open = input.required<Selection<string>>();
  readonly item = input.required<ActionItemDto>();
  readonly testId = input.required<string>();
  protected readonly m = injectMessages(MINUTES_MESSAGES);
}
