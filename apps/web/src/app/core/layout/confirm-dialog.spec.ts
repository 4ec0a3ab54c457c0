import { TestBed } from '@angular/core/testing';
import { Confirm } from './confirm-dialog';

describe('Confirm', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    TestBed.configureTestingModule({});
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const dialog = () => document.querySelector<HTMLElement>('[data-testid=move-confirm]');

  it('shows the question, the warnings and who is told, and resolves true on confirm', async () => {
    const answer = TestBed.inject(Confirm).ask({
      title: '¿Programar «Cumbre»?',
      message: 'La reunión quedará programada.',
      warnings: ['Todavía no respondieron: GR Tumbes.'],
      details: ['Otra reunión — 05/12/2026'],
      notify: 'Se avisará a las agencias invitadas: GR Piura.',
      confirm: 'Programar',
      testId: 'move-confirm',
    });
    await settle();
    const root = dialog();
    expect(root?.textContent).toContain('¿Programar «Cumbre»?');
    expect(root?.textContent).toContain('Todavía no respondieron: GR Tumbes.');
    expect(root?.textContent).toContain('Otra reunión — 05/12/2026');
    expect(root?.textContent).toContain('Se avisará a las agencias invitadas');
    // The button that changes nothing says "Cancelar" when not told otherwise.
    const no = root?.querySelector<HTMLButtonElement>('[data-testid=move-confirm-no]');
    expect(no?.textContent?.trim()).toBe('Cancelar');
    root?.querySelector<HTMLButtonElement>('[data-testid=move-confirm-yes]')?.click();
    expect(await answer).toBe(true);
  });

  it('resolves false when declined', async () => {
    const answer = TestBed.inject(Confirm).ask({
      title: '¿Revocar?',
      confirm: 'Revocar enlace',
      cancel: 'Volver',
      danger: true,
      testId: 'move-confirm',
    });
    await settle();
    const no = dialog()?.querySelector<HTMLButtonElement>('[data-testid=move-confirm-no]');
    expect(no?.textContent?.trim()).toBe('Volver');
    no?.click();
    expect(await answer).toBe(false);
  });
});
