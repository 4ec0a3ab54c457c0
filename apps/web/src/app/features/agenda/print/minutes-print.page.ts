import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AgendaDto, AgendaItemDto, MeetingDto } from '@cumbre/contracts';
import { plainDateIn } from '@cumbre/scheduling';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { loadFor } from '../../../core/api/load-for';
import { Loader } from '../../../core/api/loader';
import { errorText } from '../../../core/errors/error-signal';
import { AgencyListPipe, countText, fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { AgendaApi } from '../data-access/agenda-api';
import { MINUTES_MESSAGES } from '../minutes/minutes.messages';
import { AgendaDayPipe } from '../ui/agenda-day.pipe';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { PrintHead } from './print-head';
import { printTimes } from './print-times';

/**
 * The minutes as a document (`/app/reuniones/:id/acta/imprimir`): the meeting, who confirmed
 * attendance, and each item of the agenda with its discussion notes, the decisions (and who
 * adopted them) and the action items (owner, due date, status). Published minutes say when; a
 * draft says it is one. Outside the app's frame, with the printed agenda's A4 styles.
 */
@Component({
  selector: 'app-minutes-print-page',
  imports: [PrintHead, FillPipe, AgencyListPipe, AgendaLabelPipe, AgendaDayPipe],
  templateUrl: './minutes-print.page.html',
  styleUrls: ['./agenda-print.page.css', './minutes-print.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MinutesPrintPage {
  readonly id = input.required<string>();

  private readonly api = inject(AgendaApi);
  private readonly meetings = inject(MeetingsApi);
  protected readonly t = injectMessages(MINUTES_MESSAGES);
  protected readonly a = injectMessages(AGENDA_MESSAGES);
  protected readonly meeting = new Loader<MeetingDto>();
  protected readonly agenda = new Loader<AgendaDto>();
  protected readonly loadError = errorText(() => this.agenda.error() ?? this.meeting.error());
  protected readonly times = printTimes(() => this.agenda.value());
  /** The agencies that confirmed attendance, with their delegates: who was expected at the table. */
  protected readonly confirmed = computed(() =>
    (this.meeting.value()?.invitations ?? [])
      .filter((i) => i.rsvp === 'accepted')
      .map((i) => ({
        agency: i.agency.name,
        delegates: i.delegates.map((d) => d.displayName).join(', '),
      })),
  );
  /** Today in the meeting's zone: the action items' statuses are the day's, not the minutes'. */
  protected readonly today = computed(() => {
    const ag = this.agenda.value();
    return ag ? plainDateIn(new Date(), ag.timeZone) : '';
  });
  /** "2 acuerdos y 1 compromiso". */
  protected readonly counts = computed(() => {
    const items = this.agenda.value()?.items ?? [];
    const t = this.t();
    return fill(t.docCounts, {
      decisions: countText(
        items.reduce((n, i) => n + i.decisions.length, 0),
        t.docDecisionsOne,
        t.docDecisionsMany,
      ),
      actionItems: countText(
        items.reduce((n, i) => n + i.actionItems.length, 0),
        t.docActionsOne,
        t.docActionsMany,
      ),
    });
  });

  constructor() {
    pageTitle(() => fill(this.t().docTitle, { meeting: this.meeting.value()?.title ?? '' }));
    loadFor(this.meeting, this.id, (id) => this.meetings.get(id));
    loadFor(this.agenda, this.id, (id) => this.api.get(id));
  }

  /** Nothing recorded on it: no notes, decisions or action items. */
  protected blank(item: AgendaItemDto): boolean {
    return !item.minutes?.notes.trim() && !item.decisions.length && !item.actionItems.length;
  }
}
