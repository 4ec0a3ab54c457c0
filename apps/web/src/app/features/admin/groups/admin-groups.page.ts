import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  SHARING_GROUP_DESCRIPTION_MAX_LENGTH,
  SHARING_GROUP_NAME_MAX_LENGTH,
  type AgencyDirectoryEntry,
  type Page,
  type SharingGroupDto,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { COMMON } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { FormButtons } from '../../../core/forms/form-buttons';
import { Selection } from '../../../core/forms/selection';
import { TextField } from '../../../core/forms/text-field';
import { ADMIN_MESSAGES } from '../admin.messages';
import { Editor } from '../ui/editor';
import { EditorPanel } from '../ui/editor-panel';

@Component({
  selector: 'app-admin-groups-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    FillPipe,
    FormButtons,
    EditorPanel,
    PageHead,
    TextField,
    LoadState,
  ],
  templateUrl: './admin-groups.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminGroupsPage {
  private readonly api = inject(AgenciesApi);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly limits = {
    name: SHARING_GROUP_NAME_MAX_LENGTH,
    description: SHARING_GROUP_DESCRIPTION_MAX_LENGTH,
  };

  protected readonly groups = new Loader<Page<SharingGroupDto>>();
  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  /** The checked agencies. */
  protected readonly selected = new Selection<string>();
  private readonly panel = viewChild(EditorPanel);
  protected readonly editor = new Editor<SharingGroupDto>(this.panel, () => this.load());
  protected readonly editing = this.editor.editing;
  protected readonly busy = this.editor.write.busy;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(SHARING_GROUP_NAME_MAX_LENGTH)]],
    description: ['', Validators.maxLength(SHARING_GROUP_DESCRIPTION_MAX_LENGTH)],
  });

  constructor() {
    pageTitle(() => this.t().groupsTitle);
    this.load();
    void this.agencies.run(() => this.api.all());
  }

  protected startNew(): void {
    this.form.reset({ name: '', description: '' });
    this.selected.set();
    this.editor.open('new');
  }

  protected startEdit(group: SharingGroupDto): void {
    this.form.reset({ name: group.name, description: group.description });
    this.selected.set(group.agencies.map((a) => a.id));
    this.editor.open(group);
  }

  protected save(): Promise<void> {
    return this.editor.save(
      this.form,
      () => {
        const { name, description } = this.form.getRawValue();
        return {
          name: name.trim(),
          description: description.trim(),
          agencyIds: this.selected.values(),
        };
      },
      {
        create: (body) => this.api.createGroup(body),
        update: (id, body) => this.api.updateGroup(id, body),
        created: this.t().groupCreated,
      },
    );
  }

  private load(): void {
    void this.groups.run(() => this.api.allGroups());
  }
}
