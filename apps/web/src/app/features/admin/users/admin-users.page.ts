import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, type PlatformRole, type UserDto } from '@cumbre/contracts';
import { UsersApi } from '../data-access/users-api';
import { PagedSearch } from '../../../core/api/paged-search';
import { PagedResults, PageRows } from '../../../core/api/paged-results';
import { EMAIL_MAX_LENGTH, emailValidators, newPasswordValidators } from '../../../core/forms/account-validators';
import { revealErrors } from '../../../core/forms/field-error';
import { COMMON } from '../../../core/i18n/common.messages';
import { EnumLabelPipe } from '../../../core/i18n/enum-label.pipe';
import { injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { Action } from '../../../core/api/action';
import { FormButtons } from '../../../core/forms/form-buttons';
import { Selection } from '../../../core/forms/selection';
import { PlatformRolesField } from '../ui/platform-roles-field';
import { EditorPanel } from '../ui/editor-panel';
import { TextField } from '../../../core/forms/text-field';
import { ADMIN_MESSAGES } from '../admin.messages';
import { DISPLAY_NAME_MAX, displayNameValidators } from './user-form';

const PAGE_SIZE = 20;

@Component({
  selector: 'app-admin-users-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    EnumLabelPipe,
    FormButtons,
    EditorPanel,
    PlatformRolesField,
    PageHead,
    TextField,
    PagedResults,
    PageRows,
  ],
  templateUrl: './admin-users.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminUsersPage {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly limits = {
    displayName: DISPLAY_NAME_MAX,
    email: EMAIL_MAX_LENGTH,
    password: PASSWORD_MAX_LENGTH,
  };

  protected readonly users = new PagedSearch<UserDto>(({ text, ...page }) => this.api.list({ search: text, ...page }), {
    pageSize: PAGE_SIZE,
  });

  protected readonly creating = signal(false);
  protected readonly roles = new Selection<PlatformRole>();
  protected readonly write = new Action();
  protected readonly busy = this.write.busy;
  private readonly panel = viewChild(EditorPanel);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', emailValidators()],
    displayName: ['', displayNameValidators()],
    password: ['', newPasswordValidators()],
  });

  constructor() {
    pageTitle(() => this.t().usersTitle);
    this.users.reload();
  }

  protected startNew(): void {
    this.form.reset();
    this.roles.set();
    this.write.reset();
    this.creating.set(true);
    setTimeout(() => this.panel()?.focus());
  }

  protected cancel(): void {
    this.creating.set(false);
  }

  protected async create(): Promise<void> {
    if (!revealErrors(this.form)) return;
    const { email, displayName, password } = this.form.getRawValue();
    await this.write.run(
      async () => {
        const user = await this.api.create({
          email: email.trim().toLowerCase(),
          displayName: displayName.trim(),
          password,
          platformRoles: this.roles.values(),
        });
        // Memberships are added on the user's own page, which is where the admin goes next.
        await this.router.navigate(['/app/admin/usuarios', user.id]);
      },
      { done: this.t().userCreated },
    );
  }
}
