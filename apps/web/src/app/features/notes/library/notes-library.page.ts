import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  NOTE_KINDS,
  NOTE_STATUSES,
  TLP_LEVELS,
  type AgencyDirectoryEntry,
  type NoteSearchHitDto,
  type NoteSearchResultDto,
  type Page,
} from '@cumbre/contracts';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON, tlpLabel } from '../../../core/i18n/common.messages';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { SessionStore } from '../../../core/session/session.store';
import { NotesApi } from '../data-access/notes-api';
import { NoteLabelPipe } from '../ui/note-labels';
import { NOTES_UI_MESSAGES } from '../ui/notes-ui.messages';
import { DateField } from '../../../core/forms/date-time-fields';
import { enumOptions, namedOptions, optionsOf, SelectField } from '../../../core/forms/select-field';
import { TextField } from '../../../core/forms/text-field';
import { placeText } from '../ui/places';
import { TlpChip } from '../ui/tlp-banner';
import { LIBRARY_MESSAGES } from './library.messages';
import {
  EMPTY_FILTERS,
  facetGroups,
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  searchQuery,
  toggleFilter,
  type LibraryFilters,
} from './library.logic';

const PAGE_SIZE = 20;

/**
 * The library: full-text search (Spanish, accents folded, server-ranked with highlighted
 * snippets), filters and facets kept in the address bar, and keyset "more" paging. Everything it
 * shows the API has already limited to what the reader may read.
 */
@Component({
  selector: 'app-notes-library-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SelectField,
    TextField,
    DateField,
    AppDatePipe,
    FillPipe,
    PageHead,
    LoadState,
    NoteLabelPipe,
    TlpChip,
  ],
  templateUrl: './notes-library.page.html',
  styleUrl: './notes-library.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotesLibraryPage {
  // Query parameters (component input binding).
  readonly q = input<string>();
  readonly tipo = input<string>();
  readonly etiqueta = input<string>();
  readonly lugar = input<string>();
  readonly agencia = input<string>();
  readonly marca = input<string>();
  readonly estado = input<string>();
  readonly desde = input<string>();
  readonly hasta = input<string>();

  private readonly api = inject(NotesApi);
  private readonly directory = inject(AgenciesApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly t = injectMessages(LIBRARY_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  protected readonly kindOptions = enumOptions(NOTE_KINDS, NOTES_UI_MESSAGES, 'kind');
  protected readonly markingOptions = optionsOf(TLP_LEVELS, tlpLabel);
  protected readonly statusOptions = enumOptions(NOTE_STATUSES, NOTES_UI_MESSAGES, 'status');
  protected readonly placeText = placeText;
  protected readonly facetTitles = {
    kind: 'facetKind',
    marking: 'facetMarking',
    agency: 'facetAgency',
    tag: 'facetTag',
  } as const;

  protected readonly filters = computed<LibraryFilters>(() =>
    filtersFromParams({
      q: this.q(),
      tipo: this.tipo(),
      etiqueta: this.etiqueta(),
      lugar: this.lugar(),
      agencia: this.agencia(),
      marca: this.marca(),
      estado: this.estado(),
      desde: this.desde(),
      hasta: this.hasta(),
    }),
  );
  protected readonly filtered = computed(() => hasFilters(this.filters()));

  protected readonly result = new Loader<NoteSearchResultDto>();
  protected readonly facets = computed(() => {
    const r = this.result.value();
    return r ? facetGroups(r.facets) : [];
  });
  /** Pages fetched with "more" are appended here; a new search starts over. */
  protected readonly items = signal<NoteSearchHitDto[]>([]);
  protected readonly moreBusy = signal(false);
  protected readonly agencies = new Loader<Page<AgencyDirectoryEntry>>();
  protected readonly agencyOptions = computed(() => namedOptions(this.agencies.value()?.items ?? []));
  protected readonly canWrite = computed(() => this.session.memberships().length > 0);

  protected readonly form = inject(NonNullableFormBuilder).group({
    ...EMPTY_FILTERS,
  });

  constructor() {
    pageTitle(() => this.t().title);
    void this.agencies.run(() => this.directory.list({ limit: 500 }));
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.setValue(filters, { emitEvent: false });
        void this.search(filters);
      });
    });
  }

  private async search(filters: LibraryFilters): Promise<void> {
    this.items.set([]);
    await this.result.run(() => this.api.search(searchQuery(filters, null, PAGE_SIZE)));
    this.items.set(this.result.value()?.items ?? []);
  }

  protected async more(): Promise<void> {
    const cursor = this.result.value()?.nextCursor;
    if (!cursor || this.moreBusy()) return;
    this.moreBusy.set(true);
    const filters = this.filters();
    try {
      const page = await this.api.search(searchQuery(filters, cursor, PAGE_SIZE));
      // A search started meanwhile wins: its results are not mixed with this page.
      if (filters !== this.filters()) return;
      this.items.update((items) => [...items, ...page.items]);
      this.result.value.update((r) => (r ? { ...r, nextCursor: page.nextCursor } : r));
    } catch (error: unknown) {
      this.result.error.set(error);
    } finally {
      this.moreBusy.set(false);
    }
  }

  protected submit(): void {
    this.go(this.form.getRawValue());
  }

  protected clear(): void {
    this.go({ ...EMPTY_FILTERS, q: this.filters().q });
  }

  protected pick<K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]): void {
    this.go(toggleFilter(this.filters(), key, value));
  }

  private go(filters: LibraryFilters): void {
    void this.router.navigate([], {
      queryParams: paramsFromFilters(filters),
      queryParamsHandling: 'merge',
    });
  }
}
