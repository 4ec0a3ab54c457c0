import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  DEFAULT_TIME_ZONE,
  MEETING_DESCRIPTION_MAX_LENGTH,
  MEETING_TITLE_MAX_LENGTH,
  type AgencySummary,
  type ConflictDto,
  type CreateMeetingRequest,
  type MeetingDto,
  type MeetingVisibility,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { fieldError, revealErrors } from '../../../core/forms/field-error';
import { namedOptions, SelectField } from '../../../core/forms/select-field';
import { TextField } from '../../../core/forms/text-field';
import { DateField, TimeField } from '../../../core/forms/date-time-fields';
import { normalizeTime } from '../../../core/forms/time-input';
import { placeServerErrors } from '../../../core/forms/server-errors';
import { COMMON } from '../../../core/i18n/common.messages';
import { I18n } from '../../../core/i18n/i18n.service';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { SessionStore } from '../../../core/session/session.store';
import { ConflictList, conflictsOf } from '../ui/conflict-list';
import { FORM_MESSAGES } from './meeting-form.messages';
import { formatMeetingTime, zoneCity } from '@cumbre/scheduling';
import { MeetingsApi } from '../data-access/meetings-api';
import { allTimeZones, COMMON_TIME_ZONES, utcToWallTime, wallTimeToUtc } from '../ui/zoned-input';

type Field =
  | 'title'
  | 'description'
  | 'hostAgencyId'
  | 'timeZone'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'venueName'
  | 'venueAddress'
  | 'venueCity'
  | 'onlineUrl'
  | 'visibility';

/** API property paths -> form controls, so that a 400 lands under the field it names. */
const SERVER_PATHS: Record<string, Field> = {
  title: 'title',
  description: 'description',
  hostAgencyId: 'hostAgencyId',
  timeZone: 'timeZone',
  startsAt: 'startDate',
  endsAt: 'endDate',
  'venue.name': 'venueName',
  'venue.address': 'venueAddress',
  'venue.city': 'venueCity',
  onlineUrl: 'onlineUrl',
  visibility: 'visibility',
};

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** Every text field's maximum, shown as a counter before the user reaches it. */
const LIMITS = {
  title: MEETING_TITLE_MAX_LENGTH,
  description: MEETING_DESCRIPTION_MAX_LENGTH,
  venueName: 200,
  venueAddress: 300,
  venueCity: 120,
} as const;

/** Create (no `meeting`) or edit a meeting. Times are read in the chosen zone, never the browser's. */
@Component({
  selector: 'app-meeting-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
    SelectField,
    TextField,
    MatRadioModule,
    MatButtonModule,
    DateField,
    TimeField,
    FillPipe,
    ConflictList,
    FormErrors,
  ],
  templateUrl: './meeting-form.html',
  styleUrls: ['../ui/fieldset.css', './meeting-form.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingForm {
  readonly meeting = input<MeetingDto | null>(null);

  private readonly meetings = inject(MeetingsApi);
  private readonly directory = inject(AgenciesApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectMessages(FORM_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly limits = LIMITS;
  /** The place's three text fields, alike but for their name. */
  protected readonly venueFields = ['venueName', 'venueAddress', 'venueCity'] as const;
  protected readonly commonZones = COMMON_TIME_ZONES;
  protected readonly allZones = allTimeZones();

  protected readonly write = new Action({ labels: () => this.serverLabels() });
  protected readonly busy = this.write.busy;
  protected readonly conflicts = signal<ConflictDto[] | null>(null);
  private readonly adminAgencies = signal<AgencySummary[]>([]);
  private readonly conflictHeading = viewChild<ElementRef<HTMLElement>>('conflictHeading');

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(MEETING_TITLE_MAX_LENGTH)]],
    description: ['', Validators.maxLength(MEETING_DESCRIPTION_MAX_LENGTH)],
    hostAgencyId: ['', Validators.required],
    timeZone: [DEFAULT_TIME_ZONE, Validators.required],
    startDate: [''],
    startTime: [''],
    endDate: [''],
    endTime: [''],
    venueName: ['', Validators.maxLength(LIMITS.venueName)],
    venueAddress: ['', Validators.maxLength(LIMITS.venueAddress)],
    venueCity: ['', Validators.maxLength(LIMITS.venueCity)],
    onlineUrl: ['', [Validators.maxLength(2000), Validators.pattern(URL_PATTERN)]],
    visibility: ['internal' as MeetingVisibility],
  });
  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  /** Agencies I may convene for: where I am leader or staff (an admin may use any agency). */
  protected readonly hostOptions = computed<AgencySummary[]>(() => {
    const own = this.session
      .memberships()
      .filter((m) => m.role === 'leader' || m.role === 'staff')
      .map((m) => m.agency);
    const ids = new Set(own.map((a) => a.id));
    return [...own, ...this.adminAgencies().filter((a) => !ids.has(a.id))];
  });
  /** A meeting keeps its host; a new one is hosted by one of `hostOptions`. */
  protected readonly hostChoices = computed(() => {
    const meeting = this.meeting();
    return namedOptions(meeting ? [meeting.hostAgency] : this.hostOptions());
  });
  protected readonly zoneName = computed(() => zoneCity(this.values().timeZone ?? DEFAULT_TIME_ZONE));
  protected readonly preview = computed(() => {
    const times = this.readTimes(this.values());
    if (!times || times === 'invalid' || !times.startsAt) return '';
    return formatMeetingTime(
      { startsAt: times.startsAt, endsAt: times.endsAt },
      this.values().timeZone ?? DEFAULT_TIME_ZONE,
      this.i18n.lang(),
    );
  });

  constructor() {
    if (this.session.isAdmin()) {
      void this.directory
        .list({ limit: 500 })
        .then((page) => this.adminAgencies.set(page.items))
        .catch(() => undefined);
    }
    effect(() => {
      const meeting = this.meeting();
      const options = this.hostOptions();
      untracked(() => (meeting ? this.fill(meeting) : this.defaultHost(options)));
    });
    // A one-day meeting is the usual case: the end date follows the start date until it is set.
    this.form.controls.startDate.valueChanges.subscribe((date) => {
      const end = this.form.controls.endDate;
      if (date && (!end.value || end.pristine)) end.setValue(date);
    });
  }

  protected errorOf(name: Field): string {
    return fieldError(this.form.controls[name], this.c());
  }

  protected async submit(confirmConflicts = false): Promise<void> {
    if (this.busy()) return;
    // Messages set by the last attempt (server or time checks) are dropped and checked afresh.
    Object.values(this.form.controls).forEach((control) => control.updateValueAndValidity({ emitEvent: false }));
    this.form.updateValueAndValidity({ emitEvent: false });
    const times = this.checkTimes();
    if (!revealErrors(this.form) || times === 'invalid') return;
    const v = this.form.getRawValue();
    const fields = {
      title: v.title.trim(),
      description: v.description.trim(),
      timeZone: v.timeZone,
      startsAt: times?.startsAt ?? null,
      endsAt: times?.endsAt ?? null,
      venue: {
        name: v.venueName.trim() || null,
        address: v.venueAddress.trim() || null,
        city: v.venueCity.trim() || null,
      },
      onlineUrl: v.onlineUrl.trim() || null,
      visibility: v.visibility,
      ...(confirmConflicts ? { confirmConflicts: true } : {}),
    } satisfies Omit<CreateMeetingRequest, 'hostAgencyId'>;
    const existing = this.meeting();
    await this.write.run(
      async () => {
        const saved = existing
          ? await this.meetings.update(existing.id, {
              ...fields,
              version: existing.version,
            })
          : await this.meetings.create({
              ...fields,
              hostAgencyId: v.hostAgencyId,
            });
        await this.router.navigate(['/app/reuniones', saved.id]);
      },
      {
        done: existing ? this.c().saved : this.t().created,
        handle: (error) => this.placeError(error),
      },
    );
  }

  protected dismissConflicts(): void {
    this.conflicts.set(null);
  }

  /**
   * Clashes open the conflict list; a 400 puts each message under its field. True when placed
   * here; anything else is left to the Action (worded by describeError, labelled by the form).
   */
  private placeError(error: unknown): boolean {
    const conflicts = conflictsOf(error);
    this.conflicts.set(conflicts);
    if (conflicts) {
      setTimeout(() => this.conflictHeading()?.nativeElement.focus());
      return true;
    }
    return placeServerErrors(
      error,
      {
        controls: this.form.controls,
        paths: SERVER_PATHS,
        extra: this.write.extra,
      },
      this.c(),
      this.serverLabels(),
    );
  }

  /** The form's own words for the API's paths, for messages that do not sit under a field. */
  private serverLabels(): Record<string, string> {
    const t = this.t();
    return {
      title: t.title,
      description: t.description,
      hostAgencyId: t.host,
      timeZone: t.timeZone,
      startsAt: t.startDate,
      endsAt: t.endDate,
      'venue.name': t.venueName,
      'venue.address': t.venueAddress,
      'venue.city': t.venueCity,
      onlineUrl: t.onlineUrl,
      visibility: t.visibility,
    };
  }

  /** Validates the four time fields together; marks the one to fix. Null: no time given. */
  private checkTimes(): { startsAt: string; endsAt: string } | null | 'invalid' {
    const times = this.readTimes(this.form.getRawValue());
    const c = this.form.controls;
    if (times === 'invalid') {
      const empty = [c.startDate, c.startTime, c.endDate, c.endTime].filter((ctl) => !ctl.value);
      if (empty.length) empty.forEach((ctl) => this.setMessage(ctl, this.t().incomplete));
      else this.setMessage(c.endTime, this.t().badDate);
      return 'invalid';
    }
    if (times && times.endsAt <= times.startsAt) {
      this.setMessage(c.endTime, this.t().endBeforeStart);
      return 'invalid';
    }
    return times;
  }

  private readTimes(
    v: Partial<{
      timeZone: string;
      startDate: string;
      startTime: string;
      endDate: string;
      endTime: string;
    }>,
  ) {
    const parts = [v.startDate, v.startTime, v.endDate, v.endTime];
    if (parts.every((p) => !p)) return null;
    const zone = v.timeZone ?? DEFAULT_TIME_ZONE;
    const time = (text?: string) => normalizeTime(text ?? '') ?? '';
    const startsAt = wallTimeToUtc(v.startDate ?? '', time(v.startTime), zone);
    const endsAt = wallTimeToUtc(v.endDate ?? '', time(v.endTime), zone);
    return startsAt && endsAt ? { startsAt, endsAt } : 'invalid';
  }

  private setMessage(control: AbstractControl, message: string): void {
    control.setErrors({ ...(control.errors ?? {}), message });
    control.markAsTouched();
  }

  private fill(m: MeetingDto): void {
    const start = m.startsAt ? utcToWallTime(m.startsAt, m.timeZone) : { date: '', time: '' };
    const end = m.endsAt ? utcToWallTime(m.endsAt, m.timeZone) : { date: '', time: '' };
    this.form.reset({
      title: m.title,
      description: m.description,
      hostAgencyId: m.hostAgency.id,
      timeZone: m.timeZone,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      venueName: m.venue.name ?? '',
      venueAddress: m.venue.address ?? '',
      venueCity: m.venue.city ?? '',
      onlineUrl: m.onlineUrl ?? '',
      visibility: m.visibility,
    });
    this.form.controls.hostAgencyId.disable();
  }

  private defaultHost(options: AgencySummary[]): void {
    const control = this.form.controls.hostAgencyId;
    if (control.value && options.some((a) => a.id === control.value)) return;
    const current = this.session.currentAgency();
    const choice = options.find((a) => a.id === current?.id) ?? options[0];
    if (choice) control.setValue(choice.id);
  }
}
