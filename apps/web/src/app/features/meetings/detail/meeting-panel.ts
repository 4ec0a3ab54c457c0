import { Directive, inject, input, output } from '@angular/core';
import type { MeetingDto } from '@cumbre/contracts';
import { Action, type RunOptions } from '../../../core/api/action';
import { COMMON } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';
import { MeetingsApi } from '../data-access/meetings-api';
import { DETAIL_MESSAGES } from './detail.messages';

/**
 * What the meeting page's panels that change the meeting share (invitations, an RSVP, the
 * status moves): the meeting they show, one write at a time (`write`, `busy`), and `changed`,
 * which makes the page read the meeting again once a change went through.
 */
@Directive()
export abstract class MeetingPanel {
  readonly meeting = input.required<MeetingDto>();
  readonly changed = output<void>();

  protected readonly api = inject(MeetingsApi);
  protected readonly t = injectMessages(DETAIL_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly write = new Action();
  protected readonly busy = this.write.busy;

  /** Runs `change` as the panel's write; when it succeeds, the page reads the meeting again. */
  protected async change(change: () => Promise<unknown>, options: RunOptions<void> = {}): Promise<void> {
    await this.write.run(async () => {
      await change();
      this.changed.emit();
    }, options);
  }
}
