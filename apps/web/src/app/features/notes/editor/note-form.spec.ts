import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { MembershipDto, NoteDto } from '@cumbre/contracts';
import { me, PIURA } from '../../../../testing/fixtures';
import { configureComponentTest, signInThroughBackend, settle } from '../../../../testing/component-test';
import { noteDto } from '../data-access/note.fixtures';
import { NoteForm } from './note-form';
import { RECIPIENT_SEARCH_DELAY_MS } from './red-recipient-picker';

// Rendering Material form fields the first time is slow on a loaded machine.
const SLOW = 20_000;

const ANALYST: MembershipDto = { ...PIURA, role: 'analyst', clearance: 'AMBER' };
const GROUPS = {
  items: [
    {
      id: 'g-norte',
      name: 'Macro-región Norte',
      description: '',
      agencies: [PIURA.agency],
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      version: 1,
    },
  ],
  total: 1,
  limit: 100,
  offset: 0,
};

describe('NoteForm', () => {
  let fixture: ComponentFixture<NoteForm>;
  let backend: HttpTestingController;

  async function render(note: NoteDto | null): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    localStorage.clear();
    backend = configureComponentTest(NoteForm);
    await signInThroughBackend(backend, me({ memberships: [ANALYST] }));
    fixture = TestBed.createComponent(NoteForm);
    fixture.componentRef.setInput('note', note);
    backend.expectOne((r) => r.url === '/api/sharing-groups').flush(GROUPS);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  function type(root: HTMLElement, testId: string, value: string): void {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid=${testId}]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  afterEach(() => backend.verify());

  it(
    "files an AMBER note for the agency's only group, with the API's shape",
    async () => {
      const root = await render(null);
      const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
      root.querySelector<HTMLElement>('[data-testid=kind-intelligence] input')?.click();
      await settle(fixture);
      type(root, 'note-title-input', 'Cupos a mototaxistas');
      type(root, 'md-input', 'Una **red** de extorsión');
      type(root, 'note-tags-input', 'extorsión, Sullana');
      root.querySelector<HTMLButtonElement>('[data-testid=save-note]')?.click();
      await settle(fixture);
      const post = backend.expectOne('/api/notes');
      expect(post.request.method).toBe('POST');
      expect(post.request.body).toMatchObject({
        kind: 'intelligence',
        authorAgencyId: PIURA.agency.id,
        status: 'shared',
        title: 'Cupos a mototaxistas',
        body: 'Una **red** de extorsión',
        tags: ['extorsión', 'Sullana'],
        marking: 'AMBER',
        distribution: 'sharing_group',
        sharingGroupId: 'g-norte',
      });
      expect(post.request.body.redRecipientIds).toBeUndefined();
      expect(post.request.body.isPublic).toBeUndefined();
      post.flush(noteDto({ id: 'n-new' }));
      await settle(fixture);
      expect(navigate).toHaveBeenCalledWith(['/app/biblioteca', 'n-new']);
    },
    SLOW,
  );

  it(
    'sends the version it was based on; a stale version is said and can be reloaded',
    async () => {
      const root = await render(noteDto({ version: 4 }));
      const reloads: unknown[] = [];
      fixture.componentInstance.reload.subscribe(() => reloads.push(true));
      type(root, 'note-title-input', 'Título corregido');
      root.querySelector<HTMLButtonElement>('[data-testid=save-note]')?.click();
      await settle(fixture);
      const patch = backend.expectOne('/api/notes/n-1');
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toMatchObject({ version: 4, title: 'Título corregido' });
      patch.flush(
        {
          statusCode: 409,
          code: 'common.stale_version',
          message: 'stale',
          params: { resource: 'note', sentVersion: 4, currentVersion: 5 },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle(fixture);
      const errors = root.querySelector('[data-testid=form-errors]');
      expect(errors?.textContent).toContain('Otra persona cambió estos datos');
      root.querySelector<HTMLButtonElement>('[data-testid=stale-reload]')?.click();
      expect(reloads).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'offers markings only up to the clearance in the chosen agency',
    async () => {
      await render(null);
      const markings = (fixture.componentInstance as unknown as { markings: () => string[] }).markings();
      expect(markings).toEqual(['CLEAR', 'GREEN', 'AMBER']);
    },
    SLOW,
  );

  it(
    'names RED recipients from any agency: chips for the named, a search by name to add more',
    async () => {
      const root = await render(
        noteDto({
          marking: 'RED',
          distribution: 'agency_only',
          sharingGroup: null,
          redRecipients: [{ id: 'u-lam', displayName: 'Hugo Fiestas' }],
        }),
      );
      const chips = () =>
        Array.from(root.querySelectorAll('[data-testid=recipient-chip]')).map((c) =>
          c.firstElementChild?.textContent?.replace(/\s+/g, ' ').trim(),
        );
      expect(chips()).toEqual(['Hugo Fiestas']);
      type(root, 'recipient-search', 'rocio');
      await new Promise((resolve) => setTimeout(resolve, RECIPIENT_SEARCH_DELAY_MS + 50));
      backend
        .expectOne((r) => r.url === '/api/notes/recipients' && r.params.get('q') === 'rocio')
        .flush([
          {
            id: 'u-lal',
            displayName: 'Rocío Seminario',
            agencies: [
              {
                id: 'a-lal',
                name: 'Gobierno Regional de La Libertad',
                shortName: 'GORE La Libertad',
                kind: 'regional',
                isoCode: 'PE-LAL',
              },
            ],
          },
        ]);
      await settle(fixture);
      const result = root.querySelector<HTMLButtonElement>('[data-testid=recipient-results] button');
      expect(result?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Rocío Seminario · GORE La Libertad');
      result?.click();
      await settle(fixture);
      expect(chips()).toEqual(['Hugo Fiestas', 'Rocío Seminario · GORE La Libertad']);
      const form = (
        fixture.componentInstance as unknown as { form: { controls: { redRecipientIds: { value: string[] } } } }
      ).form;
      expect(form.controls.redRecipientIds.value).toEqual(['u-lam', 'u-lal']);
      root.querySelector<HTMLButtonElement>('[data-testid=recipient-chip] button')?.click();
      await settle(fixture);
      expect(chips()).toEqual(['Rocío Seminario · GORE La Libertad']);
      expect(form.controls.redRecipientIds.value).toEqual(['u-lal']);
      // An edited intelligence note keeps its intelligence fields (kind and agency are disabled).
      expect(root.querySelector('[data-testid=intel-fields]')).not.toBeNull();
    },
    SLOW,
  );
});
