import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { NoteDto } from '@cumbre/contracts';
import { LAMBAYEQUE, me } from '../../../../testing/fixtures';
import { configureComponentTest, signInThroughBackend, settle } from '../../../../testing/component-test';
import { noteDto } from '../data-access/note.fixtures';
import { NoteDetailPage } from './note-detail.page';

const SLOW = 20_000;

describe('NoteDetailPage', () => {
  let fixture: ComponentFixture<NoteDetailPage>;
  let backend: HttpTestingController;

  /** Renders the page for `note`, answering the panels' reads (readers only when asked for). */
  async function render(note: NoteDto | { status: number; code: string }): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(NoteDetailPage);
    await signInThroughBackend(backend, me({ memberships: [LAMBAYEQUE] }));
    fixture = TestBed.createComponent(NoteDetailPage);
    fixture.componentRef.setInput('id', 'n-1');
    await settle(fixture);
    const get = backend.expectOne('/api/notes/n-1');
    if ('code' in note) {
      get.flush({ statusCode: note.status, code: note.code, message: 'x' }, { status: note.status, statusText: 'x' });
      await settle(fixture);
      return fixture.nativeElement as HTMLElement;
    }
    get.flush(note);
    await settle(fixture);
    backend.expectOne('/api/notes/n-1/comments').flush([]);
    backend.expectOne('/api/notes/n-1/revisions').flush([]);
    if (note.permissions.seeReaders) {
      backend.expectOne('/api/notes/n-1/readers').flush([
        {
          reader: { id: 'u-9', displayName: 'Jorge Inga' },
          action: 'read',
          at: '2026-11-27T17:00:00Z',
          ip: '10.0.0.9',
        },
      ]);
    }
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it(
    'shows an intelligence note under its TLP banner, without the readers to a reader',
    async () => {
      const root = await render(noteDto({ marking: 'AMBER+STRICT', distribution: 'agency_only', sharingGroup: null }));
      const banner = root.querySelector('[data-testid=tlp-banner]');
      expect(banner?.textContent).toContain('TLP:AMBER+STRICT');
      expect(banner?.textContent).toContain('dentro de su propia organización');
      expect(root.querySelector('[data-testid=note-body]')?.innerHTML).toBe('<p>Texto</p>');
      expect(root.querySelector('[data-testid=note-readers]')).toBeNull();
      expect(root.textContent).toContain('solo la lee la agencia autora');
    },
    SLOW,
  );

  it(
    'gives the head of the author agency "Quién lo leyó"',
    async () => {
      const note = noteDto();
      const root = await render({ ...note, permissions: { ...note.permissions, seeReaders: true } });
      const readers = root.querySelector('[data-testid=note-readers]');
      expect(readers?.textContent).toContain('Jorge Inga');
      expect(readers?.textContent).toContain('La abrió');
      expect(readers?.textContent).toContain('27/11/2026 12:00 hora de Lima');
    },
    SLOW,
  );

  it(
    'shows no banner on a best practice, and "esto nos ayudó" toggles with the count',
    async () => {
      const note = noteDto({
        kind: 'best_practice',
        marking: 'CLEAR',
        distribution: 'all_agencies',
        sharingGroup: null,
      });
      const root = await render({
        ...note,
        permissions: { ...note.permissions, endorseAs: [LAMBAYEQUE.agency] },
      });
      expect(root.querySelector('[data-testid=tlp-banner]')).toBeNull();
      const button = root.querySelector<HTMLButtonElement>('[data-testid=note-endorsements] button');
      expect(button?.textContent?.trim()).toBe('Esto nos ayudó');
      button?.click();
      const put = backend.expectOne(`/api/notes/n-1/endorsements/${LAMBAYEQUE.agency.id}`);
      expect(put.request.method).toBe('PUT');
      put.flush({ count: 1, agencies: [LAMBAYEQUE.agency] });
      await settle(fixture);
      const panel = root.querySelector('[data-testid=note-endorsements]');
      expect(panel?.textContent).toContain('1 agencia dice que le ayudó');
      expect(panel?.querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
    },
    SLOW,
  );

  it(
    'says "not found" for a note the reader may not read, like any missing note',
    async () => {
      const root = await render({ status: 404, code: 'note.not_found' });
      expect(root.querySelector('[data-testid=note-error]')?.textContent?.trim()).toBe(
        'No se encontró la nota, o no tienes acceso a ella.',
      );
      expect(root.querySelector('[data-testid=note-title]')).toBeNull();
    },
    SLOW,
  );
});
