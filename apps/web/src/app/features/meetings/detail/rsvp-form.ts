import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { MEETING_NOTE_MAX_LENGTH, type AgencyMemberDto, type RsvpStatus } from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { FormErrors } from '../../../core/forms/form-errors';
import { Selection } from '../../../core/forms/selection';
import { TextField } from '../../../core/forms/text-field';
import { fieldError, revealErrors } from '../../../core/forms/field-error';
import { EnumLabelPipe } from '../../../core/i18n/enum-label.pipe';
import { FillPipe } from '../../../core/i18n/translate';
import { SessionStore } from '../../../core/session/session.store';
import { MeetingLabelPipe } from '../ui/meeting-labels';
import { MeetingPanel } from './meeting-panel';
import { delegateCandidates } from './rsvp-form.logic';

type Answer = Exclude<RsvpStatus, 'pending'>;

/** One of my agencies answers an invitation: attendance, a note and its delegates. */
@Component({
  selector: 'app-rsvp-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatRadioModule,
    EnumLabelPipe,
    FillPipe,
    MeetingLabelPipe,
    FormErrors,
    TextField,
  ],
  templateUrl: './rsvp-form.html',
  styles: `
    .field-error {
      color: var(--danger);
      font-size: 0.8125rem;
      margin: 0;
    }
    .hint {
      margin: 0.25rem 0 0;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RsvpForm extends MeetingPanel {
  readonly agencyId = input.required<string>();

  private readonly agencies = inject(AgenciesApi);
  private readonly session = inject(SessionStore);
  protected readonly answers: Answer[] = ['accepted', 'tentative', 'declined'];
  protected readonly noteMax = MEETING_NOTE_MAX_LENGTH;

  protected readonly invitation = computed(
    () => this.meeting().invitations.find((i) => i.agency.id === this.agencyId()) ?? null,
  );
  private readonly members = signal<readonly AgencyMemberDto[]>([]);
  protected readonly membersFailed = signal(false);
  protected readonly delegates = new Selection<string>();
  protected readonly meId = computed(() => this.session.me()?.id ?? null);
  protected readonly candidates = computed(() => {
    const me = this.session.me();
    const mine = me && this.session.memberships().some((m) => m.agency.id === this.agencyId());
    return delegateCandidates(
      this.members(),
      mine && me ? { id: me.id, displayName: me.displayName } : null,
      this.invitation()?.delegates ?? [],
    );
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    rsvp: ['' as Answer | '', Validators.required],
    note: ['', Validators.maxLength(MEETING_NOTE_MAX_LENGTH)],
  });

  constructor() {
    super();
    effect(() => {
      const agencyId = this.agencyId();
      untracked(() => {
        this.members.set([]);
        this.membersFailed.set(false);
        // Without the list the form still offers me and the delegates already named.
        this.agencies
          .members(agencyId)
          .then((members) => {
            if (this.agencyId() === agencyId) this.members.set(members);
          })
          .catch(() => {
            if (this.agencyId() === agencyId) this.membersFailed.set(true);
          });
      });
    });
    effect(() => {
      const invitation = this.invitation();
      untracked(() => {
        const rsvp = invitation?.rsvp;
        this.form.reset({
          rsvp: rsvp && rsvp !== 'pending' ? rsvp : '',
          note: invitation?.note ?? '',
        });
        this.delegates.set(invitation?.delegates.map((d) => d.id));
      });
    });
  }

  protected errorOf(name: 'rsvp'): string {
    return fieldError(this.form.controls[name], this.c());
  }

  protected async save(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const { rsvp, note } = this.form.getRawValue();
    if (!rsvp) return;
    await this.change(
      () =>
        this.api.rsvp(this.meeting().id, {
          agencyId: this.agencyId(),
          rsvp,
          note: note.trim(),
          delegateUserIds: rsvp === 'declined' ? [] : this.delegates.values(),
        }),
      { done: this.t().rsvpSaved },
    );
  }
}
