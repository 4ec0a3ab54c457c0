import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { PLATFORM_ROLES, type PlatformRole } from '@cumbre/contracts';
import { Selection } from '../../../core/forms/selection';
import { EnumLabelPipe } from '../../../core/i18n/enum-label.pipe';
import { injectMessages } from '../../../core/i18n/translate';
import { ADMIN_MESSAGES } from '../admin.messages';

/** The platform roles of a user as checkboxes (the new-user form and the user's page). */
@Component({
  selector: 'app-platform-roles-field',
  imports: [MatCheckboxModule, EnumLabelPipe],
  template: `
    <fieldset class="checkbox-list">
      <legend>{{ t().platformRoles }}</legend>
      @for (role of roles; track role) {
        <mat-checkbox [checked]="selection().has(role)" (change)="selection().toggle(role, $event.checked)">
          {{ role | enumLabel: 'platform' }}
        </mat-checkbox>
      }
    </fieldset>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformRolesField {
  readonly selection = input.required<Selection<PlatformRole>>();
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly roles = PLATFORM_ROLES;
}
