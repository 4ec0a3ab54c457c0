import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { NoteSearchResultDto } from '@cumbre/contracts';
import { configureComponentTest, settle } from '../../../../testing/component-test';
import { hit, result } from '../data-access/note.fixtures';
import { NotesLibraryPage } from './notes-library.page';

// The first render compiles the Material form fields: slow on a loaded machine.
const SLOW = 20_000;

describe('NotesLibraryPage', () => {
  let fixture: ComponentFixture<NotesLibraryPage>;
  let backend: HttpTestingController;

  async function render(params: Record<string, string>, answer: NoteSearchResultDto): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(NotesLibraryPage);
    fixture = TestBed.createComponent(NotesLibraryPage);
    for (const [key, value] of Object.entries(params)) fixture.componentRef.setInput(key, value);
    backend.expectOne((r) => r.url === '/api/agencies').flush({ items: [], total: 0, limit: 500, offset: 0 });
    await settle(fixture);
    const search = backend.expectOne((r) => r.url === '/api/notes');
    expect(search.request.params.get('after')).toBeNull();
    lastParams = search.request.params;
    search.flush(answer);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  let lastParams: import('@angular/common/http').HttpParams;

  afterEach(() => backend.verify());

  it(
    'sends the address bar as the query and shows server snippets with their marks',
    async () => {
      const root = await render(
        { q: 'extorsiones', marca: 'AMBER', tipo: 'nonsense' },
        result([hit('n-1')], { total: 1 }),
      );
      expect(lastParams.get('q')).toBe('extorsiones');
      expect(lastParams.get('marking')).toBe('AMBER');
      expect(lastParams.has('kind')).toBe(false);
      const snippet = root.querySelector('[data-testid=note-snippet]');
      expect(snippet?.querySelector('mark')?.textContent).toBe('extorsión');
      expect(root.textContent).toContain('1 nota');
      expect(root.textContent).toContain('TLP:AMBER');
    },
    SLOW,
  );

  it(
    'lists the facets with their counts, the chosen one pressed',
    async () => {
      const root = await render({ marca: 'AMBER' }, result([hit('n-1')], { total: 1 }));
      const facets = Array.from(root.querySelectorAll<HTMLButtonElement>('.facet'));
      expect(facets.map((f) => f.firstElementChild?.textContent?.trim())).toEqual([
        'Nota de inteligencia',
        'TLP:AMBER',
        'GR Piura',
        '#extorsión',
      ]);
      expect(facets.map((f) => f.querySelector('.facet__count')?.textContent)).toEqual(['1', '1', '1', '1']);
      expect(facets.map((f) => f.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false']);
      expect(facets[2].getAttribute('title')).toBe('Gobierno Regional de Piura');
      expect(facets[0].hasAttribute('title')).toBe(false);
    },
    SLOW,
  );

  it(
    'appends the next page with the cursor, and hides "more" on the last page',
    async () => {
      const root = await render({}, result([hit('n-1'), hit('n-2')], { total: 3, nextCursor: 'c-2' }));
      const more = root.querySelector<HTMLButtonElement>('[data-testid=library-more]');
      expect(more).not.toBeNull();
      more?.click();
      const next = backend.expectOne((r) => r.url === '/api/notes');
      expect(next.request.params.get('after')).toBe('c-2');
      next.flush(result([hit('n-3')], { total: 3, nextCursor: null }));
      await settle(fixture);
      expect(root.querySelectorAll('.note-item').length).toBe(3);
      expect(root.querySelector('[data-testid=library-more]')).toBeNull();
    },
    SLOW,
  );

  it(
    'says nothing matched the words searched',
    async () => {
      const root = await render(
        { q: 'sicariato' },
        result([], { total: 0, facets: { kind: [], tag: [], marking: [], agency: [] } }),
      );
      expect(root.querySelector('[data-testid=library-empty]')?.textContent).toContain(
        'Ninguna nota coincide con «sicariato».',
      );
    },
    SLOW,
  );

  it(
    'invites to share the first note when the library is empty',
    async () => {
      const root = await render({}, result([], { total: 0 }));
      expect(root.querySelector('[data-testid=library-empty]')?.textContent).toContain(
        'La biblioteca aún no tiene notas',
      );
    },
    SLOW,
  );
});
