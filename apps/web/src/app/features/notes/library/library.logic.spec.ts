import {
  EMPTY_FILTERS,
  facetGroups,
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  searchQuery,
  toggleFilter,
} from './library.logic';

describe('library filters', () => {
  it('reads the address bar, dropping unknown kinds, markings and malformed dates', () => {
    expect(
      filtersFromParams({
        q: '  extorsion ',
        tipo: 'intelligence',
        marca: 'PURPLE',
        desde: '2026-11-01',
        hasta: 'ayer',
      }),
    ).toEqual({
      ...EMPTY_FILTERS,
      q: 'extorsion',
      kind: 'intelligence',
      from: '2026-11-01',
    });
  });

  it('writes filters back with empty ones as null, so navigation removes them', () => {
    const params = paramsFromFilters({
      ...EMPTY_FILTERS,
      q: 'sicariato',
      marking: 'AMBER+STRICT',
    });
    expect(params.q).toBe('sicariato');
    expect(params.marca).toBe('AMBER+STRICT');
    expect(params.tipo).toBeNull();
    expect(filtersFromParams(params)).toEqual({
      ...EMPTY_FILTERS,
      q: 'sicariato',
      marking: 'AMBER+STRICT',
    });
  });

  it('builds the API query with the cursor and without empty values', () => {
    expect(searchQuery({ ...EMPTY_FILTERS, tag: 'extorsión' }, 'c1', 20)).toEqual({
      q: undefined,
      kind: undefined,
      tag: 'extorsión',
      place: undefined,
      agency: undefined,
      marking: undefined,
      status: undefined,
      from: undefined,
      to: undefined,
      after: 'c1',
      limit: 20,
    });
  });

  it('knows when filters other than the text are set', () => {
    expect(hasFilters({ ...EMPTY_FILTERS, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, place: 'Trujillo' })).toBe(true);
  });

  it('toggles a facet value', () => {
    const on = toggleFilter(EMPTY_FILTERS, 'marking', 'RED');
    expect(on.marking).toBe('RED');
    expect(toggleFilter(on, 'marking', 'RED').marking).toBe('');
  });

  it('lists the facets in the panel’s order, agencies by short name with the full one as title', () => {
    const agency = {
      id: 'a-1',
      name: 'Gobierno Regional de Piura',
      shortName: 'GR Piura',
      kind: 'regional' as const,
      isoCode: 'PE-PIU',
    };
    expect(
      facetGroups({
        kind: [{ value: 'intelligence', count: 2 }],
        tag: [{ value: 'sicariato', count: 1 }],
        marking: [],
        agency: [{ agency, count: 3 }],
      }),
    ).toEqual([
      { key: 'kind', items: [{ value: 'intelligence', label: 'intelligence', title: null, count: 2 }] },
      { key: 'marking', items: [] },
      {
        key: 'agency',
        items: [{ value: 'a-1', label: 'GR Piura', title: 'Gobierno Regional de Piura', count: 3 }],
      },
      { key: 'tag', items: [{ value: 'sicariato', label: '#sicariato', title: null, count: 1 }] },
    ]);
  });
});
