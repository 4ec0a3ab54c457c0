import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConflictDto } from '@cumbre/contracts';
import { errorCode, toApiError } from '../../../core/api/api-error';
import { I18n } from '../../../core/i18n/i18n.service';
import { defineMessages, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { formatMeetingTime } from '@cumbre/scheduling';

const MESSAGES = defineMessages({
  es: {
    hidden: 'Reunión de otra agencia (reservada)',
    sharedHost: 'Misma agencia anfitriona: {agency}',
    sharedDelegates: 'Delegados en ambas: {names}',
  },
  en: {
    hidden: "Another agency's meeting (restricted)",
    sharedHost: 'Same host agency: {agency}',
    sharedDelegates: 'Delegates in both: {names}',
  },
});

/** The meetings that overlap this one and share its host or a delegate, and why. */
@Component({
  selector: 'app-conflict-list',
  imports: [RouterLink, FillPipe],
  template: `
    <ul class="conflicts" data-testid="conflict-list">
      @for (c of conflicts(); track c.meetingId) {
        <li>
          @if (c.visible) {
            <a class="cell-title" [routerLink]="['/app/reuniones', c.meetingId]">{{ c.title }}</a>
          } @else {
            <span class="cell-title">{{ t().hidden }}</span>
          }
          <span class="muted">{{ when(c) }}</span>
          @if (c.sharedHost; as host) {
            <span class="small">{{ t().sharedHost | fill: { agency: host.name } }}</span>
          }
          @if (c.sharedDelegates.length) {
            <span class="small">{{ t().sharedDelegates | fill: { names: names(c) } }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .conflicts {
      margin: 0.5rem 0;
      padding-inline-start: 1.25rem;
    }
    .conflicts li {
      margin-bottom: 0.5rem;
    }
    .conflicts span {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictList {
  readonly conflicts = input.required<ConflictDto[]>();
  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(MESSAGES);

  protected when(c: ConflictDto): string {
    return formatMeetingTime({ startsAt: c.startsAt, endsAt: c.endsAt }, c.timeZone, this.i18n.lang());
  }

  protected names(c: ConflictDto): string {
    return c.sharedDelegates.map((p) => p.displayName).join(', ');
  }
}

/** The conflicts of a 409 answer, when it is one about conflicts (not a stale version). */
export function conflictsOf(error: unknown): ConflictDto[] | null {
  if (errorCode(error) !== 'meeting.conflicts') return null;
  const conflicts = toApiError(error)?.body?.['conflicts'];
  return Array.isArray(conflicts) ? (conflicts as ConflictDto[]) : null;
}
