import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { AgendaDiffDto, AgendaDto, AgendaVersionSummaryDto } from '@cumbre/contracts';
import { formatMeetingTime, formatTimeOfDay, localDateTime, timeLang } from '@cumbre/scheduling';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { I18n } from '../../../core/i18n/i18n.service';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { AgendaApi } from '../data-access/agenda-api';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { diffGroups } from './diff.logic';

/** The published versions of an agenda and what changed between two of them (or the draft). */
@Component({
  selector: 'app-versions-panel',
  imports: [MatButtonModule, RouterLink, FormErrors, FillPipe],
  templateUrl: './versions-panel.html',
  styleUrls: ['../ui/controls.css', './versions-panel.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionsPanel {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaDto>();

  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18n);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly versions = signal<AgendaVersionSummaryDto[]>([]);
  /** Two versions, or one and the changes made after it (a draft): something to compare. */
  protected readonly comparable = computed(() => this.versions().length > 1 || this.agenda().status === 'draft');
  protected readonly from = signal<number | null>(null);
  /** null: the live draft. */
  protected readonly to = signal<number | null>(null);
  protected readonly diff = signal<AgendaDiffDto | null>(null);
  protected readonly load = new Action();
  /** Titles of both sides' items by id, so that a move names its sections. */
  private readonly titles = signal<Map<string, string>>(new Map());
  protected readonly groups = computed(() => {
    const d = this.diff();
    if (!d) return [];
    const a = this.agenda();
    const lang = timeLang(this.i18n.lang());
    // Each side's planned start comes from its own version's meeting start; a start on another
    // day than today's meeting is worded with its date.
    const day = (iso: string) => {
      const l = localDateTime(new Date(iso), a.timeZone);
      return `${l.year}-${l.month}-${l.day}`;
    };
    const today = a.meetingStartsAt ? day(a.meetingStartsAt) : null;
    const clock = (plannedStart: string) =>
      day(plannedStart) === today
        ? formatTimeOfDay(new Date(plannedStart), a.timeZone, lang)
        : formatMeetingTime(plannedStart, a.timeZone, lang);
    return diffGroups(d, this.titles(), this.t(), clock);
  });

  constructor() {
    effect(() => {
      const meetingId = this.meetingId();
      const published = this.agenda().publishedVersion;
      untracked(() => void this.loadVersions(meetingId, published));
    });
  }

  protected pdfUrl(n: number): string {
    return this.api.pdfUrl(this.meetingId(), n);
  }

  protected when(v: AgendaVersionSummaryDto): string {
    return formatMeetingTime(v.publishedAt, this.agenda().timeZone, timeLang(this.i18n.lang()));
  }

  private async loadVersions(meetingId: string, published: number | null): Promise<void> {
    if (published === null) {
      this.versions.set([]);
      return;
    }
    const list = await this.api.versions(meetingId).catch(() => []);
    this.versions.set(list);
    if (list.length === 0) return;
    const draft = this.agenda().status === 'draft';
    if (draft) {
      this.from.set(list[0].number);
      this.to.set(null);
      await this.compare();
    } else if (list.length > 1) {
      this.from.set(list[1].number);
      this.to.set(list[0].number);
      await this.compare();
    } else {
      this.diff.set(null);
    }
  }

  protected pick(which: 'from' | 'to', value: string): void {
    const n = value === '' ? null : Number(value);
    if (which === 'from') this.from.set(n);
    else this.to.set(n);
  }

  async compare(): Promise<void> {
    const from = this.from();
    if (from === null) return;
    const to = this.to();
    await this.load.run(async () => {
      const meetingId = this.meetingId();
      const [diff, a, b] = await Promise.all([
        this.api.diff(meetingId, from, to),
        this.api.version(meetingId, from),
        to === null ? Promise.resolve(null) : this.api.version(meetingId, to),
      ]);
      const titles = new Map<string, string>();
      for (const i of [...a.items, ...(b?.items ?? this.agenda().items)]) titles.set(i.id, i.title);
      this.titles.set(titles);
      this.diff.set(diff);
    });
  }
}
