import { ChangeDetectionStrategy, Component, effect, inject, input, numberAttribute, untracked } from '@angular/core';
import type { AgendaItemKind, AgencySummary, MeetingDto, PersonSummary } from '@cumbre/contracts';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { Loader } from '../../../core/api/loader';
import { errorText } from '../../../core/errors/error-signal';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { AgendaApi } from '../data-access/agenda-api';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { minutesText } from '../ui/agenda-time';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { PrintHead } from './print-head';
import { printTimes } from './print-times';

/** What the printed agenda needs, from the live agenda or a published version alike. */
interface PrintedAgenda {
  version: number | null;
  publishedAt: string | null;
  timeZone: string;
  meetingStartsAt: string | null;
  items: {
    id: string;
    depth: 1 | 2;
    kind: AgendaItemKind;
    title: string;
    description: string;
    presenterAgency: AgencySummary | null;
    presenter: PersonSummary | null;
    plannedStart: string | null;
    durationMinutes: number;
    descriptionHtml: string;
  }[];
}

/** The agenda as a document: outside the app's frame, print CSS for a clean A4 page. */
@Component({
  selector: 'app-agenda-print-page',
  imports: [PrintHead, FillPipe, AgendaLabelPipe],
  templateUrl: './agenda-print.page.html',
  styleUrl: './agenda-print.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPrintPage {
  readonly id = input.required<string>();
  /** `?version=N`: a published version; the live agenda otherwise. */
  readonly version = input<number | undefined, unknown>(undefined, {
    transform: (v: unknown) => (v === undefined || v === null || v === '' ? undefined : numberAttribute(v)),
  });

  private readonly api = inject(AgendaApi);
  private readonly meetings = inject(MeetingsApi);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly meeting = new Loader<MeetingDto>();
  protected readonly agenda = new Loader<PrintedAgenda>();
  protected readonly loadError = errorText(() => this.agenda.error() ?? this.meeting.error());
  protected readonly times = printTimes(() => this.agenda.value());

  constructor() {
    pageTitle(() => fill(this.t().pageTitle, { meeting: this.meeting.value()?.title ?? '' }));
    effect(() => {
      const id = this.id();
      const n = this.version();
      untracked(() => {
        void this.meeting.run(() => this.meetings.get(id));
        void this.agenda.run(async () => {
          if (n !== undefined) {
            const v = await this.api.version(id, n);
            return { ...v, version: v.number };
          }
          const a = await this.api.get(id);
          return {
            ...a,
            version: a.status === 'published' ? a.publishedVersion : null,
            publishedAt: null,
          };
        });
      });
    });
  }

  protected minutes(n: number): string {
    return minutesText(n);
  }
}
