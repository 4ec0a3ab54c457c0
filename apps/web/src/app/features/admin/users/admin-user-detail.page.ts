import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  MEMBERSHIP_ROLES,
  PLATFORM_ROLES,
  TLP_LEVELS,
  type AgencyDirectoryEntry,
  type MembershipDto,
  type MembershipRole,
  type Page,
  type PlatformRole,
  type TlpLevel,
  type UpdateMembershipRequest,
  type UserDto,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { UsersApi } from '../data-access/users-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { revealErrors } from '../../../core/forms/field-error';
import { enumOptions, namedOptions, optionsOf, SelectField } from '../../../core/forms/select-field';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON, tlpLabel } from '../../../core/i18n/common.messages';
import { fill, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { pageTitle } from '../../../core/layout/page-title';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { Selection } from '../../../core/forms/selection';
import { ChoiceSelect } from '../ui/choice-select';
import { PlatformRolesField } from '../ui/platform-roles-field';
import { TextField } from '../../../core/forms/text-field';
import { ADMIN_MESSAGES } from '../admin.messages';
import { DISPLAY_NAME_MAX, displayNameValidators } from './user-form';

@Component({
  selector: 'app-admin-user-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    AppDatePipe,
    FormErrors,
    PlatformRolesField,
    ChoiceSelect,
    TextField,
    SelectField,
    LoadState,
  ],
  templateUrl: './admin-user-detail.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminUserDetailPage {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(UsersApi);
  private readonly directory = inject(AgenciesApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly confirm = inject(Confirm);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly membershipRoles = MEMBERSHIP_ROLES;
  protected readonly tlpLevels = TLP_LEVELS;
  protected readonly roleOptions = enumOptions(MEMBERSHIP_ROLES, COMMON, 'role');
  protected readonly clearanceOptions = optionsOf(TLP_LEVELS, tlpLabel);
  protected readonly displayNameMax = DISPLAY_NAME_MAX;
  protected readonly roleText = (role: MembershipRole) => this.c()[`role.${role}`];
  protected readonly tlpText = tlpLabel;

  protected readonly user = new Loader<UserDto>();
  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  protected readonly roles = new Selection<PlatformRole>();
  protected readonly write = new Action();
  protected readonly busy = this.write.busy;
  /** Agencies the user is not yet a member of. */
  protected readonly agencyChoices = computed(() => {
    const taken = new Set(this.user.value()?.memberships.map((m) => m.agency.id) ?? []);
    return namedOptions((this.agencies.value()?.items ?? []).filter((a) => !taken.has(a.id)));
  });

  protected readonly account = this.fb.group({
    displayName: ['', displayNameValidators()],
  });
  protected readonly membership = this.fb.group({
    agencyId: ['', Validators.required],
    role: ['staff' as MembershipRole, Validators.required],
    clearance: ['GREEN' as TlpLevel, Validators.required],
  });

  constructor() {
    pageTitle(() => this.user.value()?.displayName ?? this.t().usersTitle);
    void this.agencies.run(() => this.directory.all());
    effect(() => {
      const id = this.id();
      untracked(() => void this.reload(id));
    });
  }

  protected saveAccount(user: UserDto): Promise<void> {
    if (!revealErrors(this.account)) return Promise.resolve();
    const body = {
      displayName: this.account.getRawValue().displayName.trim(),
      platformRoles: PLATFORM_ROLES.filter((r) => this.roles.has(r)),
      version: user.version,
    };
    return this.act(() => this.api.update(user.id, body), this.c().saved);
  }

  protected setDisabled(user: UserDto, disabled: boolean): Promise<void> {
    return this.act(
      () => this.api.update(user.id, { disabled, version: user.version }),
      disabled ? this.t().userDisabled : this.t().userEnabled,
    );
  }

  protected addMembership(user: UserDto): Promise<void> {
    if (!revealErrors(this.membership)) return Promise.resolve();
    const body = this.membership.getRawValue();
    return this.act(async () => {
      await this.api.addMembership(user.id, body);
      this.membership.reset({
        agencyId: '',
        role: 'staff',
        clearance: 'GREEN',
      });
    }, this.t().membershipAdded);
  }

  protected changeMembership(m: MembershipDto, change: UpdateMembershipRequest): Promise<void> {
    return this.act(() => this.api.updateMembership(m.id, change), this.c().saved);
  }

  protected async removeMembership(m: MembershipDto): Promise<void> {
    const sure = await this.confirm.ask({
      title: fill(this.t().confirmRemove, { agency: m.agency.name }),
      confirm: this.t().removeMembershipYes,
      danger: true,
      testId: 'membership-confirm',
    });
    if (!sure) return;
    return this.act(() => this.api.removeMembership(m.id), this.t().membershipRemoved);
  }

  /** Runs one change, then reloads the user so the page shows what the server now holds. */
  private async act(change: () => Promise<unknown>, done: string): Promise<void> {
    await this.write.run(
      async () => {
        try {
          await change();
        } finally {
          // Also after a failure: what the server holds now is what to show.
          await this.reload(this.id());
        }
      },
      { done },
    );
  }

  private async reload(id: string): Promise<void> {
    await this.user.run(() => this.api.get(id));
    const user = this.user.value();
    if (user) {
      this.account.reset({ displayName: user.displayName });
      this.roles.set(user.platformRoles);
    }
  }
}
