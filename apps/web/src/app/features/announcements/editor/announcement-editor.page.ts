import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  ANNOUNCEMENT_BODY_MAX_LENGTH,
  ANNOUNCEMENT_COVER_ALT_MAX_LENGTH,
  ANNOUNCEMENT_SLUG_MAX_LENGTH,
  ANNOUNCEMENT_SLUG_PATTERN,
  ANNOUNCEMENT_STATUS_MOVES,
  ANNOUNCEMENT_SUMMARY_MAX_LENGTH,
  ANNOUNCEMENT_TITLE_MAX_LENGTH,
  COVER_IMAGE_MAX_BYTES,
  PUBLIC_PATHS,
  type AgencySummary,
  type AnnouncementDto,
  type AnnouncementStatus,
  type PublicMeetingDto,
} from '@cumbre/contracts';
import { plainDateIn } from '@cumbre/scheduling';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { revealErrors } from '../../../core/forms/field-error';
import { MarkdownField } from '../../../core/forms/markdown-field';
import { namedOptions, SelectField } from '../../../core/forms/select-field';
import { TextField } from '../../../core/forms/text-field';
import { FilePicker } from '../../../core/forms/file-picker';
import { FormErrors } from '../../../core/forms/form-errors';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { pageTitle } from '../../../core/layout/page-title';
import { SessionStore } from '../../../core/session/session.store';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { AnnouncementsApi } from '../data-access/announcements-api';
import { ANNOUNCEMENTS_MESSAGES, EDITOR_MESSAGES } from '../ui/announcements.messages';
import { limaInputToIso, isoToLimaInput } from './lima-time';

interface MeetingOption {
  id: string;
  title: string;
  /** Its day in its own zone ("2026-12-05"), or null while it has none. */
  day: string | null;
}

function meetingOption(m: PublicMeetingDto): MeetingOption {
  return { id: m.id, title: m.title, day: m.startsAt ? plainDateIn(new Date(m.startsAt), m.timeZone) : null };
}

/**
 * `/app/anuncios/nuevo` and `/app/anuncios/:id`: write an announcement in Markdown with the
 * server's preview, its slug, cover and related meeting; publish, schedule or withdraw it.
 */
@Component({
  selector: 'app-announcement-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    SelectField,
    FilePicker,
    TextField,
    FormErrors,
    LoadState,
    MarkdownField,
    FillPipe,
    AppDatePipe,
  ],
  templateUrl: './announcement-editor.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementEditorPage {
  /** Route parameter; absent on `nuevo`. */
  readonly id = input<string>();

  protected readonly t = injectMessages(EDITOR_MESSAGES);
  protected readonly l = injectMessages(ANNOUNCEMENTS_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly loaded = new Loader<AnnouncementDto>();
  protected readonly announcement = signal<AnnouncementDto | null>(null);
  protected readonly max = {
    title: ANNOUNCEMENT_TITLE_MAX_LENGTH,
    slug: ANNOUNCEMENT_SLUG_MAX_LENGTH,
    summary: ANNOUNCEMENT_SUMMARY_MAX_LENGTH,
    body: ANNOUNCEMENT_BODY_MAX_LENGTH,
    coverAlt: ANNOUNCEMENT_COVER_ALT_MAX_LENGTH,
  };
  protected readonly scheduleAt = signal('');
  protected readonly coverFile = signal<File | null>(null);

  private readonly api = inject(AnnouncementsApi);
  private readonly agenciesApi = inject(AgenciesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly confirm = inject(Confirm);

  protected readonly write = new Action({
    labels: () => this.labels(),
    reload: () => this.reload(),
  });
  protected readonly status = new Action({ reload: () => this.reload() });
  protected readonly cover = new Action({ reload: () => this.reload() });

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(ANNOUNCEMENT_TITLE_MAX_LENGTH)]],
    slug: ['', [Validators.maxLength(ANNOUNCEMENT_SLUG_MAX_LENGTH), Validators.pattern(ANNOUNCEMENT_SLUG_PATTERN)]],
    summary: ['', [Validators.required, Validators.maxLength(ANNOUNCEMENT_SUMMARY_MAX_LENGTH)]],
    body: ['', [Validators.required, Validators.maxLength(ANNOUNCEMENT_BODY_MAX_LENGTH)]],
    agencyId: ['', Validators.required],
    meetingId: [''],
    coverAlt: ['', Validators.maxLength(ANNOUNCEMENT_COVER_ALT_MAX_LENGTH)],
  });

  /** A moderator writes for any agency; a leader for the agencies they lead. */
  protected readonly agencyOptions = signal<AgencySummary[]>([]);
  protected readonly agencyChoices = computed(() => namedOptions(this.agencyOptions()));
  /** Public meetings it may be about: upcoming (soonest first), then past (latest first). */
  protected readonly meetingOptions = signal<MeetingOption[]>([]);
  /** The recent public meetings, read once when the editor opens. */
  private readonly meetingsLoaded = this.loadMeetings();
  protected readonly moves = computed<readonly AnnouncementStatus[]>(() => {
    const a = this.announcement();
    return a ? ANNOUNCEMENT_STATUS_MOVES[a.status] : [];
  });
  protected readonly publicUrl = computed(() => {
    const a = this.announcement();
    return a ? PUBLIC_PATHS.announcement(a.slug) : '';
  });

  constructor() {
    pageTitle(() => (this.id() ? this.t().editTitle : this.t().newTitle));
    void this.loadAgencies();
    effect(() => {
      const id = this.id();
      untracked(() => {
        if (id) void this.reload();
      });
    });
  }

  protected labels(): Record<string, string> {
    const t = this.t();
    return {
      title: t.title,
      slug: t.slug,
      summary: t.summary,
      body: t.body,
      agencyId: t.agency,
      meetingId: t.meetingId,
      coverAlt: t.coverAlt,
      publishAt: t.scheduleAt,
    };
  }

  protected statusLabel(status: AnnouncementStatus): string {
    return this.l()[`status_${status}`];
  }

  protected async save(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const v = this.form.getRawValue();
    const current = this.announcement();
    const meetingId = v.meetingId.trim() || null;
    const coverAlt = v.coverAlt.trim() || null;
    const saved = await this.write.run(
      () =>
        current
          ? this.api.update(current.id, {
              version: current.version,
              title: v.title.trim(),
              ...(v.slug.trim() && v.slug.trim() !== current.slug ? { slug: v.slug.trim() } : {}),
              summary: v.summary.trim(),
              body: v.body,
              meetingId,
              coverAlt,
            })
          : this.api.create({
              title: v.title.trim(),
              ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
              summary: v.summary.trim(),
              body: v.body,
              agencyId: v.agencyId,
              meetingId,
              coverAlt,
            }),
      { done: this.t().saved },
    );
    if (!saved) return;
    this.accept(saved);
    if (!current) await this.router.navigate(['/app/anuncios', saved.id]);
  }

  protected async move(to: AnnouncementStatus): Promise<void> {
    const a = this.announcement();
    if (!a) return;
    this.status.reset();
    let publishAt: string | null = null;
    if (to === 'scheduled') {
      publishAt = limaInputToIso(this.scheduleAt());
      if (!publishAt) {
        this.status.extra.set([this.t().needsSchedule]);
        return;
      }
    }
    if (to === 'published' || to === 'withdrawn') {
      const publish = to === 'published';
      const ok = await this.confirm.ask({
        title: fill(publish ? this.t().confirmPublish : this.t().confirmWithdraw, {
          title: a.title,
        }),
        message: publish ? this.t().confirmPublishBody : this.t().confirmWithdrawBody,
        confirm: publish ? this.t().publishNow : this.t().withdraw,
        danger: !publish,
        testId: 'confirm-announcement-status',
      });
      if (!ok) return;
    }
    const saved = await this.status.run(
      () =>
        this.api.changeStatus(a.id, {
          status: to,
          version: a.version,
          ...(publishAt ? { publishAt } : {}),
        }),
      { done: this.t().statusChanged },
    );
    if (saved) this.accept(saved);
  }

  protected moveLabel(to: AnnouncementStatus): string {
    const t = this.t();
    const from = this.announcement()?.status;
    switch (to) {
      case 'published':
        return from === 'withdrawn' ? t.republish : t.publishNow;
      case 'scheduled':
        return t.schedule;
      case 'withdrawn':
        return t.withdraw;
      default:
        return t.backToDraft;
    }
  }

  /** The alt text travels with the announcement: unsaved changes are saved first. */
  protected async uploadCover(): Promise<void> {
    const file = this.coverFile();
    this.cover.reset();
    if (!file) return;
    if (!this.announcement()) return this.cover.extra.set([this.t().coverNeedsSave]);
    if (!this.form.controls.coverAlt.value.trim()) return this.cover.extra.set([this.t().coverAltRequired]);
    if (file.size > COVER_IMAGE_MAX_BYTES) return this.cover.extra.set([this.t().coverTooBig]);
    if (this.form.dirty) {
      await this.save();
      if (this.form.dirty) return;
    }
    const a = this.announcement();
    if (!a) return;
    const saved = await this.cover.run(() => this.api.uploadCover(a.id, a.version, file), {
      done: this.t().coverSaved,
    });
    if (saved) {
      this.coverFile.set(null);
      this.accept(saved);
    }
  }

  protected async removeCover(): Promise<void> {
    const a = this.announcement();
    if (!a) return;
    const saved = await this.cover.run(() => this.api.removeCover(a.id, a.version), { done: this.t().coverRemoved });
    if (saved) this.accept(saved);
  }

  private async reload(): Promise<void> {
    const id = this.id();
    if (!id) return;
    await this.loaded.run(() => this.api.get(id));
    const a = this.loaded.value();
    if (a) this.accept(a);
  }

  private accept(a: AnnouncementDto): void {
    this.announcement.set(a);
    this.form.reset({
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      body: a.body,
      agencyId: a.agency.id,
      meetingId: a.meetingId ?? '',
      coverAlt: a.cover?.alt ?? '',
    });
    this.form.controls.agencyId.disable();
    void this.ensureMeetingOption(a.meetingId);
    this.scheduleAt.set(isoToLimaInput(a.publishAt));
    if (!this.agencyOptions().some((o) => o.id === a.agency.id)) {
      this.agencyOptions.update((list) => [a.agency, ...list]);
    }
  }

  private async loadMeetings(): Promise<void> {
    const [upcoming, past] = await Promise.all(
      (['upcoming', 'past'] as const).map((when) => this.api.publicMeetings(when).catch(() => null)),
    );
    this.meetingOptions.set([...(upcoming?.items ?? []), ...(past?.items ?? [])].map(meetingOption));
  }

  /**
   * Keeps the announcement's meeting choosable when it is not among the recent ones: read by id
   * once the recent ones are in, so that one of them is never read a second time.
   */
  private async ensureMeetingOption(id: string | null): Promise<void> {
    if (!id) return;
    await this.meetingsLoaded;
    if (this.meetingOptions().some((o) => o.id === id)) return;
    const meeting = await this.api.publicMeeting(id).catch(() => null);
    if (meeting && !this.meetingOptions().some((o) => o.id === id)) {
      this.meetingOptions.update((list) => [meetingOption(meeting), ...list]);
    }
  }

  private async loadAgencies(): Promise<void> {
    if (this.session.isModerator() || this.session.isAdmin()) {
      const page = await this.agenciesApi.list({ limit: 100 }).catch(() => null);
      this.agencyOptions.set(page?.items ?? []);
    } else {
      this.agencyOptions.set(
        this.session
          .memberships()
          .filter((m) => m.role === 'leader')
          .map((m) => m.agency),
      );
    }
    const current = this.session.currentAgency();
    if (!this.form.controls.agencyId.value) {
      const options = this.agencyOptions();
      const pick = options.find((o) => o.id === current?.id) ?? options[0];
      if (pick) this.form.controls.agencyId.setValue(pick.id);
    }
  }
}
