import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  AGENCY_KINDS,
  AGENCY_NAME_MAX_LENGTH,
  AGENCY_SHORT_NAME_MAX_LENGTH,
  ISO_3166_2_PATTERN,
  type AgencyDirectoryEntry,
  type AgencyKind,
  type Page,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { COMMON } from '../../../core/i18n/common.messages';
import { EnumLabelPipe } from '../../../core/i18n/enum-label.pipe';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { FormButtons } from '../../../core/forms/form-buttons';
import { TextField } from '../../../core/forms/text-field';
import { enumOptions, namedOptions, SelectField } from '../../../core/forms/select-field';
import { ADMIN_MESSAGES } from '../admin.messages';
import { Editor } from '../ui/editor';
import { EditorPanel } from '../ui/editor-panel';

@Component({
  selector: 'app-admin-agencies-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    EnumLabelPipe,
    FillPipe,
    FormButtons,
    EditorPanel,
    PageHead,
    TextField,
    SelectField,
    LoadState,
  ],
  templateUrl: './admin-agencies.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminAgenciesPage {
  private readonly api = inject(AgenciesApi);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly kindOptions = enumOptions(AGENCY_KINDS, COMMON, 'kind');
  protected readonly limits = {
    name: AGENCY_NAME_MAX_LENGTH,
    shortName: AGENCY_SHORT_NAME_MAX_LENGTH,
  };

  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  private readonly panel = viewChild(EditorPanel);
  protected readonly editor = new Editor<AgencyDirectoryEntry>(this.panel, () => this.load());
  protected readonly editing = this.editor.editing;
  protected readonly busy = this.editor.write.busy;
  /** Possible parents: every agency but the one being edited. */
  protected readonly parentChoices = computed(() => {
    const editing = this.editing();
    const id = editing && editing !== 'new' ? editing.id : null;
    return namedOptions((this.agencies.value()?.items ?? []).filter((a) => a.id !== id));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(AGENCY_NAME_MAX_LENGTH)]],
    shortName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(AGENCY_SHORT_NAME_MAX_LENGTH)]],
    kind: ['regional' as AgencyKind, Validators.required],
    isoCode: ['', Validators.pattern(ISO_3166_2_PATTERN)],
    parentId: [''],
  });

  constructor() {
    pageTitle(() => this.t().agenciesTitle);
    this.load();
  }

  protected startNew(): void {
    this.form.reset({
      name: '',
      shortName: '',
      kind: 'regional',
      isoCode: '',
      parentId: '',
    });
    this.editor.open('new');
  }

  protected startEdit(agency: AgencyDirectoryEntry): void {
    this.form.reset({
      name: agency.name,
      shortName: agency.shortName,
      kind: agency.kind,
      isoCode: agency.isoCode ?? '',
      parentId: agency.parentId ?? '',
    });
    this.editor.open(agency);
  }

  protected save(): Promise<void> {
    return this.editor.save(
      this.form,
      () => {
        const value = this.form.getRawValue();
        return {
          name: value.name.trim(),
          shortName: value.shortName.trim(),
          kind: value.kind,
          isoCode: value.isoCode.trim().toUpperCase() || null,
          parentId: value.parentId || null,
        };
      },
      {
        create: (body) => this.api.create(body),
        update: (id, body) => this.api.update(id, body),
        created: this.t().agencyCreated,
      },
    );
  }

  private load(): void {
    void this.agencies.run(() => this.api.all());
  }
}
