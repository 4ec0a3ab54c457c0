import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { Router } from '@angular/router';
import {
  NOTE_ATTACHMENT_MAX_BYTES,
  NOTE_BODY_MAX_LENGTH,
  NOTE_DISTRIBUTIONS,
  NOTE_MAX_PLACES,
  NOTE_PLACE_NAME_MAX_LENGTH,
  NOTE_SUMMARY_MAX_LENGTH,
  NOTE_TITLE_MAX_LENGTH,
  type NoteDistribution,
  type NoteDto,
  type NoteKind,
  type NoteStatus,
  type SharingGroupDto,
  type TlpLevel,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { revealErrors } from '../../../core/forms/field-error';
import { placeServerErrors } from '../../../core/forms/server-errors';
import { enumOptions, namedOptions, optionsOf, SelectField } from '../../../core/forms/select-field';
import { TextField } from '../../../core/forms/text-field';
import { FilePicker } from '../../../core/forms/file-picker';
import { COMMON, tlpLabel } from '../../../core/i18n/common.messages';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Notifier } from '../../../core/layout/notifier';
import { SessionStore } from '../../../core/session/session.store';
import { NotesApi } from '../data-access/notes-api';
import { MarkdownField } from '../../../core/forms/markdown-field';
import { NoteLabelPipe } from '../ui/note-labels';
import { NOTES_UI_MESSAGES } from '../ui/notes-ui.messages';
import { TlpBanner } from '../ui/tlp-banner';
import { EDITOR_MESSAGES } from './editor.messages';
import { RedRecipientPicker, type RecipientChoice } from './red-recipient-picker';
import {
  createRequest,
  formValueOf,
  markingsUpTo,
  parseTags,
  PERU_REGIONS,
  tagsProblem,
  updateRequest,
  type NoteFormValue,
} from './note-form.logic';

type Field = 'title' | 'summary' | 'body' | 'tags' | 'sharingGroupId';

/** API paths → form controls, so that a 400 lands under the field it names. */
const SERVER_PATHS: Record<string, Field> = {
  title: 'title',
  summary: 'summary',
  body: 'body',
  tags: 'tags',
  sharingGroupId: 'sharingGroupId',
};

/**
 * Create (no `note`) or edit a note: Markdown with the server's preview, kind, marking (up to the
 * author's clearance in the chosen agency), distribution, sharing group, RED recipients, tags,
 * places and attachments. An edit sends the version it was based on; if someone saved first the
 * API answers 409 `common.stale_version`, the form says so and offers to reload.
 */
@Component({
  selector: 'app-note-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatRadioModule,
    SelectField,
    FilePicker,
    TextField,
    FillPipe,
    FormErrors,
    MarkdownField,
    NoteLabelPipe,
    RedRecipientPicker,
    TlpBanner,
  ],
  templateUrl: './note-form.html',
  styleUrl: './note-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteForm {
  readonly note = input<NoteDto | null>(null);
  /** Asks the page to fetch the note again (after a stale-version conflict). */
  readonly reload = output<void>();

  private readonly api = inject(NotesApi);
  private readonly directory = inject(AgenciesApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectMessages(EDITOR_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly regionOptions = PERU_REGIONS.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
  protected readonly distributionOptions = enumOptions(NOTE_DISTRIBUTIONS, NOTES_UI_MESSAGES, 'distribution');
  protected readonly limits = {
    title: NOTE_TITLE_MAX_LENGTH,
    summary: NOTE_SUMMARY_MAX_LENGTH,
    body: NOTE_BODY_MAX_LENGTH,
    places: NOTE_MAX_PLACES,
  };

  protected readonly write = new Action({
    labels: () => this.serverLabels(),
    reload: () => this.reload.emit(),
  });
  protected readonly busy = this.write.busy;
  protected readonly files = signal<File[]>([]);
  protected readonly fileErrors = signal<string[]>([]);
  protected readonly groups = signal<SharingGroupDto[]>([]);
  /** The named RED recipients, with the names and agencies the chips show. */
  protected readonly recipients = signal<RecipientChoice[]>([]);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    kind: ['best_practice' as NoteKind],
    authorAgencyId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(NOTE_TITLE_MAX_LENGTH)]],
    summary: ['', Validators.maxLength(NOTE_SUMMARY_MAX_LENGTH)],
    body: ['', [Validators.required, Validators.maxLength(NOTE_BODY_MAX_LENGTH)]],
    tags: [''],
    places: this.fb.array([this.placeGroup()]),
    status: ['shared' as NoteStatus],
    isPublic: [false],
    marking: ['AMBER' as TlpLevel],
    distribution: ['sharing_group' as NoteDistribution],
    sharingGroupId: [''],
    redRecipientIds: [[] as string[]],
  });
  /** Every value, the disabled ones too (kind and agency are fixed once a note exists). */
  protected readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** Agencies I may write for: all of my memberships. */
  protected readonly agencyOptions = computed(() => this.session.memberships().map((m) => m.agency));
  // Primitive signals, so that effects run when these change, not on every keystroke.
  private readonly authorAgencyId = computed(() => this.values().authorAgencyId);
  /** An edited note's agency when the editor is not a member (the head of a parent agency). */
  protected readonly foreignAgency = computed(() => {
    const agency = this.note()?.authorAgency;
    return agency && !this.agencyOptions().some((a) => a.id === agency.id) ? agency : null;
  });
  private readonly clearance = computed<TlpLevel | null>(() => {
    const id = this.authorAgencyId();
    return this.session.memberships().find((m) => m.agency.id === id)?.clearance ?? null;
  });
  protected readonly clearanceText = computed(() => {
    const c = this.clearance();
    return c ? tlpLabel(c) : '';
  });
  protected readonly markings = computed(() => {
    const allowed = markingsUpTo(this.clearance());
    const current = this.note()?.marking;
    // An edit keeps showing the note's own marking, even above the editor's clearance.
    return current && !allowed.includes(current) ? [...allowed, current] : allowed;
  });
  protected readonly markingOptions = computed(() => optionsOf(this.markings(), tlpLabel));
  /** My agencies, and an edited note's own when I am not its member. */
  protected readonly authorOptions = computed(() => {
    const foreign = this.foreignAgency();
    return namedOptions(foreign ? [...this.agencyOptions(), foreign] : this.agencyOptions());
  });
  /** Withdrawing is for a note that exists. */
  protected readonly statusOptions = computed(() => {
    const t = this.t();
    const options = [
      { value: 'draft', label: t.statusDraft },
      { value: 'shared', label: t.statusShared },
    ];
    return this.note() ? [...options, { value: 'withdrawn', label: t.statusWithdrawn }] : options;
  });
  protected readonly groupOptions = computed(() => namedOptions(this.joinedGroups()));
  protected readonly isIntelligence = computed(() => this.values().kind === 'intelligence');
  protected readonly marking = computed(() => (this.values().marking ?? 'AMBER') as TlpLevel);
  protected readonly distribution = computed(() => this.values().distribution ?? 'sharing_group');
  protected readonly joinedGroups = computed(() => {
    const id = this.values().authorAgencyId;
    return this.groups().filter((g) => g.agencies.some((a) => a.id === id));
  });

  constructor() {
    void this.directory
      .listGroups({ limit: 100 })
      .then((page) => this.groups.set(page.items))
      .catch(() => undefined);
    effect(() => {
      const note = this.note();
      const options = this.agencyOptions();
      untracked(() => (note ? this.fill(note) : this.defaultAgency(options)));
    });
    // A marking above the clearance in the chosen agency is lowered to the highest allowed.
    effect(() => {
      const allowed = this.markings();
      untracked(() => {
        const control = this.form.controls.marking;
        if (allowed.length && !allowed.includes(control.value)) control.setValue(allowed[allowed.length - 1]);
      });
    });
    // The only group of the agency is chosen for the author.
    effect(() => {
      const joined = this.joinedGroups();
      untracked(() => {
        const control = this.form.controls.sharingGroupId;
        if (!control.value && joined.length === 1) control.setValue(joined[0].id);
      });
    });
  }

  protected get places() {
    return this.form.controls.places;
  }

  protected bodyControl(): FormControl<string> {
    return this.form.controls.body;
  }

  protected addPlace(): void {
    if (this.places.length < NOTE_MAX_PLACES) this.places.push(this.placeGroup());
  }

  protected removePlace(index: number): void {
    this.places.removeAt(index);
  }

  protected setRecipients(people: RecipientChoice[]): void {
    this.recipients.set(people);
    this.form.controls.redRecipientIds.setValue(people.map((p) => p.id));
  }

  protected chooseFiles(chosen: File[]): void {
    const tooBig = chosen.filter((f) => f.size > NOTE_ATTACHMENT_MAX_BYTES);
    this.fileErrors.set(tooBig.map((f) => fill(this.t().fileTooBig, { name: f.name })));
    this.files.update((list) => [...list, ...chosen.filter((f) => f.size <= NOTE_ATTACHMENT_MAX_BYTES)]);
  }

  protected dropFile(index: number): void {
    this.files.update((list) => list.filter((_, i) => i !== index));
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    Object.values(this.form.controls).forEach((control) => control.updateValueAndValidity({ emitEvent: false }));
    const ownChecks = this.checkTags() && this.checkIntelligence();
    if (!revealErrors(this.form) || !ownChecks) return;
    const v = this.form.getRawValue() as NoteFormValue;
    const existing = this.note();
    const saved = await this.write.run(
      () =>
        existing ? this.api.update(existing.id, updateRequest(v, existing.version)) : this.api.create(createRequest(v)),
      {
        done: existing ? this.c().saved : this.t().created,
        handle: (error) => this.placeError(error),
      },
    );
    if (!saved) return;
    await this.uploadFiles(saved.id);
    await this.router.navigate(['/app/biblioteca', saved.id]);
  }

  private async uploadFiles(noteId: string): Promise<void> {
    for (const file of this.files()) {
      try {
        await this.api.upload(noteId, file);
      } catch {
        this.notifier.done(fill(this.t().uploadFailed, { name: file.name }));
      }
    }
    this.files.set([]);
  }

  private checkTags(): boolean {
    const problem = tagsProblem(parseTags(this.form.controls.tags.value));
    if (!problem) return true;
    const message =
      problem.kind === 'count'
        ? fill(this.t().tooManyTags, { max: problem.max })
        : fill(this.t().tagTooLong, { tag: problem.tag, max: problem.max });
    this.form.controls.tags.setErrors({ message });
    this.form.controls.tags.markAsTouched();
    return false;
  }

  /** The rules the API would refuse anyway, said beside their fields before sending. */
  private checkIntelligence(): boolean {
    this.write.extra.set([]);
    if (!this.isIntelligence()) return true;
    const v = this.form.getRawValue();
    if (v.distribution === 'sharing_group' && !v.sharingGroupId) {
      this.form.controls.sharingGroupId.setErrors({ required: true });
      this.form.controls.sharingGroupId.markAsTouched();
      return false;
    }
    if (v.marking === 'RED' && v.redRecipientIds.length === 0) {
      this.write.extra.set([this.t().noRecipients]);
      return false;
    }
    return true;
  }

  private placeError(error: unknown): boolean {
    return placeServerErrors(
      error,
      { controls: this.form.controls, paths: SERVER_PATHS, extra: this.write.extra },
      this.c(),
      this.serverLabels(),
    );
  }

  private serverLabels(): Record<string, string> {
    const t = this.t();
    return {
      title: t.title,
      summary: t.summary,
      body: t.body,
      tags: t.tags,
      places: t.places,
      marking: t.marking,
      distribution: t.distribution,
      sharingGroupId: t.group,
      redRecipientIds: t.recipients,
      authorAgencyId: t.agency,
      status: t.status,
      isPublic: t.isPublic,
    };
  }

  private placeGroup(place?: { regionCode: string; province: string | null; city: string | null }) {
    return this.fb.group({
      regionCode: [place?.regionCode ?? ''],
      province: [place?.province ?? '', Validators.maxLength(NOTE_PLACE_NAME_MAX_LENGTH)],
      city: [place?.city ?? '', Validators.maxLength(NOTE_PLACE_NAME_MAX_LENGTH)],
    });
  }

  private fill(note: NoteDto): void {
    const v = formValueOf(note);
    this.places.clear();
    for (const p of v.places) this.places.push(this.placeGroup(p));
    if (!v.places.length) this.places.push(this.placeGroup());
    this.form.reset({ ...v, places: this.places.getRawValue() });
    this.recipients.set(note.redRecipients);
    this.form.controls.kind.disable();
    this.form.controls.authorAgencyId.disable();
  }

  private defaultAgency(options: { id: string }[]): void {
    const control = this.form.controls.authorAgencyId;
    if (control.value && options.some((a) => a.id === control.value)) return;
    const current = this.session.currentAgency();
    const choice = options.find((a) => a.id === current?.id) ?? options[0];
    if (choice) control.setValue(choice.id);
  }
}
