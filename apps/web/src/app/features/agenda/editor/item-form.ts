import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { ReactiveFormsModule, NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  AGENDA_DESCRIPTION_MAX_LENGTH,
  AGENDA_ITEM_KINDS,
  AGENDA_MAX_PLANNED_MINUTES,
  AGENDA_MIN_PLANNED_MINUTES,
  AGENDA_TITLE_MAX_LENGTH,
  type AgencyMemberDto,
  type AgencySummary,
  type AgendaDto,
  type AgendaItemDto,
  type AgendaItemKind,
  type CreateAgendaItemRequest,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Action } from '../../../core/api/action';
import { isStaleVersion } from '../../../core/api/api-error';
import { FormErrors } from '../../../core/forms/form-errors';
import { fieldError, revealErrors } from '../../../core/forms/field-error';
import { COMMON } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { AgendaApi } from '../data-access/agenda-api';
import { MarkdownField } from '../../../core/forms/markdown-field';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { containersOf } from '../ui/agenda-tree';

type ItemValues = Required<
  Pick<
    CreateAgendaItemRequest,
    'kind' | 'title' | 'description' | 'presenterAgencyId' | 'presenterUserId' | 'plannedMinutes'
  >
>;

export type ItemFormMode = 'add' | 'edit' | 'propose';

/**
 * Adds, edits or proposes one agenda item. An edit names the version it read; when someone else
 * saved first the form shows their version beside the user's own and lets them re-apply theirs.
 */
@Component({
  selector: 'app-agenda-item-form',
  imports: [ReactiveFormsModule, MatButtonModule, FormErrors, MarkdownField, AgendaLabelPipe, FillPipe],
  templateUrl: './item-form.html',
  styleUrls: ['../ui/controls.css', './item-form.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaItemForm implements OnInit {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaDto>();
  readonly participants = input.required<readonly AgencySummary[]>();
  readonly item = input<AgendaItemDto | null>(null);
  readonly mode = input<ItemFormMode>('add');
  readonly done = output<AgendaDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(AgendaApi);
  private readonly agencies = inject(AgenciesApi);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly descriptionMax = AGENDA_DESCRIPTION_MAX_LENGTH;
  protected readonly c = injectMessages(COMMON);
  protected readonly write = new Action({
    labels: () => ({
      title: this.t().itemTitle,
      description: this.t().description,
      plannedMinutes: this.t().plannedMinutes,
      kind: this.t().kind,
      parentId: this.t().parent,
      presenterAgencyId: this.t().presenterAgency,
      presenterUserId: this.t().presenter,
    }),
  });
  protected readonly busy = this.write.busy;
  protected readonly titleMax = AGENDA_TITLE_MAX_LENGTH;
  protected readonly minMinutes = AGENDA_MIN_PLANNED_MINUTES;
  protected readonly maxMinutes = AGENDA_MAX_PLANNED_MINUTES;
  protected readonly members = signal<readonly AgencyMemberDto[]>([]);
  /** The item as someone else saved it, when this user's save was stale. */
  protected readonly theirs = signal<AgendaItemDto | null>(null);
  protected readonly gone = signal(false);
  private latest: AgendaDto | null = null;
  /** The version the user started from: a live reload of the item must not make a stale save look fresh. */
  private readVersion = 0;

  protected readonly kinds = computed<readonly AgendaItemKind[]>(() =>
    this.mode() === 'propose' ? AGENDA_ITEM_KINDS.filter((k) => k !== 'section') : AGENDA_ITEM_KINDS,
  );
  /** Top-level entries an item may go into: sections and entries that already hold items. */
  protected readonly parents = computed(() => containersOf(this.agenda().items));
  protected readonly proposeFor = computed(() =>
    this.participants().filter((a) => this.agenda().can.proposeFor.includes(a.id)),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['discussion' as AgendaItemKind, Validators.required],
    title: ['', [Validators.required, Validators.maxLength(AGENDA_TITLE_MAX_LENGTH)]],
    description: ['', Validators.maxLength(AGENDA_DESCRIPTION_MAX_LENGTH)],
    parentId: [''],
    presenterAgencyId: [''],
    presenterUserId: [''],
    plannedMinutes: [
      15,
      [Validators.required, Validators.min(AGENDA_MIN_PLANNED_MINUTES), Validators.max(AGENDA_MAX_PLANNED_MINUTES)],
    ],
    proposeForAgencyId: [''],
  });

  ngOnInit(): void {
    const item = this.item();
    if (item) {
      this.readVersion = item.version;
      this.form.patchValue({
        kind: item.kind,
        title: item.title,
        description: item.description,
        presenterAgencyId: item.presenterAgency?.id ?? '',
        presenterUserId: item.presenter?.id ?? '',
        plannedMinutes: item.plannedMinutes,
      });
    }
    const proposeFor = this.agenda().can.proposeFor;
    if (this.mode() === 'propose' && proposeFor.length) {
      this.form.patchValue({ proposeForAgencyId: proposeFor[0] });
    }
    void this.loadMembers(this.form.controls.presenterAgencyId.value);
    this.form.controls.presenterAgencyId.valueChanges.subscribe((id) => {
      this.form.controls.presenterUserId.setValue('');
      void this.loadMembers(id);
    });
  }

  protected error(name: keyof typeof this.form.controls): string {
    const control = this.form.controls[name];
    return control.touched ? fieldError(control, this.c()) : '';
  }

  /** Members are listed only to members of that agency (and admins): otherwise no person is offered. */
  private async loadMembers(agencyId: string): Promise<void> {
    this.members.set([]);
    if (!agencyId) return;
    try {
      this.members.set(await this.agencies.members(agencyId));
    } catch {
      this.members.set([]);
    }
  }

  private values(): ItemValues {
    const v = this.form.getRawValue();
    return {
      kind: v.kind,
      title: v.title.trim(),
      description: v.description,
      presenterAgencyId: v.presenterAgencyId || null,
      presenterUserId: v.presenterAgencyId ? v.presenterUserId || null : null,
      plannedMinutes: Number(v.plannedMinutes),
    };
  }

  async save(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const item = this.item();
    const meetingId = this.meetingId();
    const t = this.t();
    if (this.mode() === 'edit' && item) {
      await this.saveEdit(this.readVersion);
      return;
    }
    const v = this.form.getRawValue();
    const body: CreateAgendaItemRequest = {
      ...this.values(),
      ...(this.mode() === 'add'
        ? { parentId: v.kind === 'section' ? null : v.parentId || null }
        : { proposeForAgencyId: v.proposeForAgencyId || undefined }),
    };
    const agenda = await this.write.run(() => this.api.create(meetingId, body), {
      done: this.mode() === 'propose' ? t.proposed : t.added,
    });
    if (agenda) {
      this.form.reset();
      this.done.emit(agenda);
    }
  }

  private async saveEdit(version: number): Promise<void> {
    const item = this.item() as AgendaItemDto;
    const result = await this.write.run(
      () =>
        this.api.update(this.meetingId(), item.id, {
          version,
          ...this.values(),
        }),
      {
        done: this.t().saved,
        handle: (error) => {
          if (!isStaleVersion(error)) return false;
          void this.showTheirs(item.id);
          return true;
        },
      },
    );
    if (result) {
      this.theirs.set(null);
      this.done.emit(result);
    }
  }

  private async showTheirs(itemId: string): Promise<void> {
    try {
      const agenda = await this.api.get(this.meetingId());
      this.latest = agenda;
      const current = agenda.items.find((i) => i.id === itemId) ?? null;
      this.gone.set(current === null);
      this.theirs.set(current);
    } catch (error: unknown) {
      this.write.error.set(error);
    }
  }

  /** Saves the user's text over the other person's, naming the version now current. */
  async reapply(): Promise<void> {
    const theirs = this.theirs();
    if (!theirs) return;
    this.readVersion = theirs.version;
    await this.saveEdit(theirs.version);
  }

  /** Keeps the other person's version: the form closes on it. */
  discard(): void {
    const latest = this.latest;
    this.theirs.set(null);
    if (latest) this.done.emit(latest);
    else this.cancelled.emit();
  }
}
