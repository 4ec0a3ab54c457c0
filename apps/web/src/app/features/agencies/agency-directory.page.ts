import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AGENCY_KINDS, type AgencyDirectoryEntry, type AgencyKind, type Page } from '@cumbre/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AgenciesApi } from './data-access/agencies-api';
import { Loader } from '../../core/api/loader';
import { LoadState } from '../../core/api/load-state';
import { TextField } from '../../core/forms/text-field';
import { enumOptions, SelectField } from '../../core/forms/select-field';
import { COMMON } from '../../core/i18n/common.messages';
import { EnumLabelPipe } from '../../core/i18n/enum-label.pipe';
import { CountPipe, defineMessages, injectMessages } from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';

const MESSAGES = defineMessages({
  es: {
    title: 'Directorio de agencias',
    lead: 'Las entidades que participan en Cumbre. Las regiones llevan su código ISO 3166-2.',
    filters: 'Filtros del directorio',
    kind: 'Tipo de entidad',
    search: 'Buscar por nombre, sigla o código',
    searchHint: 'Por ejemplo: Piura, ANGR o PE-LAL',
    count: '{n} agencias',
    countOne: '1 agencia',
    empty: 'Ninguna agencia coincide con la búsqueda.',
    name: 'Entidad',
    code: 'Código ISO',
    type: 'Tipo',
    parent: 'Depende de',
    leaders: 'Titulares',
    groups: 'Grupos de intercambio',
    members: 'Miembros',
  },
  en: {
    title: 'Agency directory',
    lead: 'The agencies taking part in Cumbre. Regions carry their ISO 3166-2 code.',
    filters: 'Directory filters',
    kind: 'Kind of agency',
    search: 'Search by name, acronym or code',
    searchHint: 'For example: Piura, ANGR or PE-LAL',
    count: '{n} agencies',
    countOne: '1 agency',
    empty: 'No agency matches the search.',
    name: 'Agency',
    code: 'ISO code',
    type: 'Kind',
    parent: 'Part of',
    leaders: 'Heads',
    groups: 'Sharing groups',
    members: 'Members',
  },
});

@Component({
  selector: 'app-agency-directory-page',
  imports: [ReactiveFormsModule, TextField, SelectField, EnumLabelPipe, CountPipe, LoadState],
  templateUrl: './agency-directory.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyDirectoryPage {
  private readonly api = inject(AgenciesApi);
  protected readonly t = injectMessages(MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly kindOptions = enumOptions(AGENCY_KINDS, COMMON, 'kind');
  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();

  protected readonly filters = inject(NonNullableFormBuilder).group({
    kind: ['' as AgencyKind | ''],
    q: [''],
  });

  constructor() {
    pageTitle(() => this.t().title);
    this.filters.valueChanges
      .pipe(
        debounceTime(250),
        distinctUntilChanged((a, b) => a.kind === b.kind && a.q === b.q),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.load());
    this.load();
  }

  private load(): void {
    const { kind, q } = this.filters.getRawValue();
    void this.agencies.run(() => this.api.all({ kind: kind || undefined, q: q.trim() || undefined }));
  }
}
