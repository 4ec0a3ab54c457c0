import {
  NOTE_KINDS,
  NOTE_STATUSES,
  TLP_LEVELS,
  type NoteFacetCount,
  type NoteFacetsDto,
  type NoteKind,
  type NoteSearchQuery,
  type NoteStatus,
  type TlpLevel,
} from '@cumbre/contracts';

/**
 * The library's filters as they stand in the address bar (Spanish names, so a shared link reads
 * well): `/app/biblioteca?q=extorsion&tipo=intelligence&marca=AMBER`.
 */
export interface LibraryParams {
  q?: string | null;
  tipo?: string | null;
  etiqueta?: string | null;
  lugar?: string | null;
  agencia?: string | null;
  marca?: string | null;
  estado?: string | null;
  desde?: string | null;
  hasta?: string | null;
}

export type LibraryParamKey = keyof LibraryParams;

export interface LibraryFilters {
  q: string;
  kind: NoteKind | '';
  tag: string;
  place: string;
  agency: string;
  marking: TlpLevel | '';
  status: NoteStatus | '';
  from: string;
  to: string;
}

export const EMPTY_FILTERS: LibraryFilters = {
  q: '',
  kind: '',
  tag: '',
  place: '',
  agency: '',
  marking: '',
  status: '',
  from: '',
  to: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], v: string | null | undefined): T | '' =>
  list.find((x) => x === v) ?? '';
const text = (v: string | null | undefined) => (v ?? '').trim();
const day = (v: string | null | undefined) => (DAY.test(text(v)) ? text(v) : '');

/** Reads the address bar; an unknown kind or marking is dropped rather than sent to the API. */
export function filtersFromParams(params: LibraryParams): LibraryFilters {
  return {
    q: text(params.q),
    kind: oneOf(NOTE_KINDS, params.tipo),
    tag: text(params.etiqueta),
    place: text(params.lugar),
    agency: text(params.agencia),
    marking: oneOf(TLP_LEVELS, params.marca),
    status: oneOf(NOTE_STATUSES, params.estado),
    from: day(params.desde),
    to: day(params.hasta),
  };
}

/** The address bar for some filters: empty ones are left out (null removes them on navigation). */
export function paramsFromFilters(f: LibraryFilters): Required<LibraryParams> {
  const or = (v: string) => (v ? v : null);
  return {
    q: or(f.q.trim()),
    tipo: or(f.kind),
    etiqueta: or(f.tag.trim()),
    lugar: or(f.place.trim()),
    agencia: or(f.agency),
    marca: or(f.marking),
    estado: or(f.status),
    desde: or(f.from),
    hasta: or(f.to),
  };
}

/** The API query for some filters and a page cursor. */
export function searchQuery(f: LibraryFilters, after: string | null, limit: number): NoteSearchQuery {
  return {
    q: f.q || undefined,
    kind: f.kind || undefined,
    tag: f.tag || undefined,
    place: f.place || undefined,
    agency: f.agency || undefined,
    marking: f.marking || undefined,
    status: f.status || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    after: after ?? undefined,
    limit,
  };
}

/** True when any filter but the text is set (the empty state then suggests clearing them). */
export function hasFilters(f: LibraryFilters): boolean {
  return Object.entries(f).some(([key, value]) => key !== 'q' && value !== '');
}

/** A facet toggles: choosing the value already chosen clears it. */
export function toggleFilter<K extends keyof LibraryFilters>(
  f: LibraryFilters,
  key: K,
  value: LibraryFilters[K],
): LibraryFilters {
  return { ...f, [key]: f[key] === value ? '' : value };
}

/** The filters the side panel's facets set. */
export type FacetKey = 'kind' | 'marking' | 'agency' | 'tag';

/** One value of a facet as its button shows it: the filter value, its words and its count. */
export interface FacetItem {
  value: string;
  label: string;
  /** The full name behind a short label (agencies), else null. */
  title: string | null;
  count: number;
}

/** The facets in the order the side panel lists them. */
export function facetGroups(facets: NoteFacetsDto): { key: FacetKey; items: FacetItem[] }[] {
  const plain = (f: NoteFacetCount, label = f.value): FacetItem => ({
    value: f.value,
    label,
    title: null,
    count: f.count,
  });
  return [
    { key: 'kind', items: facets.kind.map((f) => plain(f)) },
    { key: 'marking', items: facets.marking.map((f) => plain(f)) },
    {
      key: 'agency',
      items: facets.agency.map((f) => ({
        value: f.agency.id,
        label: f.agency.shortName,
        title: f.agency.name,
        count: f.count,
      })),
    },
    { key: 'tag', items: facets.tag.map((f) => plain(f, `#${f.value}`)) },
  ];
}
