import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { AgencyDirectoryEntry, InvitationDto, Page, SharingGroupDto } from '@cumbre/contracts';
import { meetingIsOver } from '@cumbre/scheduling';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { FormErrors } from '../../../core/forms/form-errors';
import { SelectField } from '../../../core/forms/select-field';
import { Loader } from '../../../core/api/loader';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { CONFIRM_MESSAGES } from '../ui/confirm-texts';
import { MeetingPanel } from './meeting-panel';

/** The columns, in the order a reader scans them. */
const RSVP_ORDER = ['accepted', 'tentative', 'pending', 'declined'] as const;

/** Who is coming (with delegates), tentative, not answered and declined; the convener invites here. */
@Component({
  selector: 'app-invitations-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    SelectField,
    FillPipe,
    FormErrors,
  ],
  templateUrl: './invitations-panel.html',
  styleUrl: './invitations-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationsPanel extends MeetingPanel {
  private readonly directory = inject(AgenciesApi);
  private readonly confirm = inject(Confirm);
  private readonly asks = injectMessages(CONFIRM_MESSAGES);

  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  protected readonly groups = new Loader<Page<SharingGroupDto>>();
  /** Each group with how many agencies it would invite. */
  protected readonly groupOptions = computed(() =>
    (this.groups.value()?.items ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.agencies.length})` })),
  );
  protected readonly agencyChoice = new FormControl<string[]>([], {
    nonNullable: true,
  });
  protected readonly groupChoice = new FormControl('', { nonNullable: true });
  private loadedChoices = false;

  protected readonly sections = computed(() => {
    const invitations = this.meeting().invitations;
    // Once the meeting is over, the answers are told in the past ("Confirmaron", not "Asistirán").
    const t = this.t();
    const titles: Record<InvitationDto['rsvp'], string> = meetingIsOver(this.meeting(), new Date())
      ? {
          accepted: t.cameAccepted,
          tentative: t.cameTentative,
          pending: t.camePending,
          declined: t.cameDeclined,
        }
      : {
          accepted: t.coming,
          tentative: t.tentative,
          pending: t.pending,
          declined: t.declined,
        };
    return RSVP_ORDER.map((key) => ({
      key,
      title: titles[key],
      items: invitations.filter((i) => i.rsvp === key),
    }));
  });
  /** Agencies not invited yet (and not the host itself). */
  protected readonly invitable = computed(() => {
    const taken = new Set(this.meeting().invitations.map((i) => i.agency.id));
    taken.add(this.meeting().hostAgency.id);
    return (this.agencies.value()?.items ?? []).filter((a) => !taken.has(a.id));
  });

  constructor() {
    super();
    // The lists for inviting load only once someone may invite.
    effect(() => {
      if (!this.meeting().can.invite || this.loadedChoices) return;
      this.loadedChoices = true;
      untracked(() => {
        void this.agencies.run(() => this.directory.list({ limit: 500 }));
        void this.groups.run(() => this.directory.listGroups({ limit: 500 }));
      });
    });
  }

  protected inviteAgencies(): Promise<void> {
    const agencyIds = this.agencyChoice.value;
    if (!agencyIds.length) return Promise.resolve();
    return this.change(
      async () => {
        await this.api.invite(this.meeting().id, { agencyIds });
        this.agencyChoice.setValue([]);
      },
      { done: this.t().invited },
    );
  }

  protected inviteGroup(): Promise<void> {
    const sharingGroupId = this.groupChoice.value;
    if (!sharingGroupId) return Promise.resolve();
    return this.change(
      async () => {
        await this.api.invite(this.meeting().id, { sharingGroupId });
        this.groupChoice.setValue('');
      },
      { done: this.t().invited },
    );
  }

  protected async uninvite(invitation: InvitationDto): Promise<void> {
    const a = this.asks();
    const sure = await this.confirm.ask({
      title: fill(a.uninviteTitle, { agency: invitation.agency.name }),
      message: a.uninviteBody,
      confirm: a.uninviteYes,
      cancel: a.no,
      danger: true,
      testId: 'uninvite-confirm',
    });
    if (!sure) return;
    return this.change(() => this.api.uninvite(this.meeting().id, invitation.agency.id), { done: this.t().uninvited });
  }
}
