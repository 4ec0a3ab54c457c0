import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { PollAnswerRequest, PollDto } from '@cumbre/contracts';
import { I18n } from '../../../core/i18n/i18n.service';
import { PIURA, pollDto, TUMBES } from '../data-access/meeting.fixtures';
import { PollGrid } from './poll-grid';
import type { PollColumn } from './poll-grid.logic';

describe('PollGrid', () => {
  let fixture: ComponentFixture<PollGrid>;
  let saved: PollAnswerRequest[];
  let picked: PollColumn[];

  async function render(poll: PollDto, editable: string[] = [], canPick = false): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    TestBed.configureTestingModule({ imports: [PollGrid] });
    fixture = TestBed.createComponent(PollGrid);
    fixture.componentRef.setInput('poll', poll);
    fixture.componentRef.setInput('timeZone', 'America/Lima');
    fixture.componentRef.setInput('editableAgencyIds', editable);
    fixture.componentRef.setInput('canPick', canPick);
    saved = [];
    picked = [];
    fixture.componentInstance.save.subscribe((r) => saved.push(r));
    fixture.componentInstance.pick.subscribe((c) => picked.push(c));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows each slot in the meeting zone, each answer and the tally', async () => {
    const root = await render(pollDto());
    expect(text(root.querySelector('caption'))).toContain('hora de Lima (UTC\u22125)');
    expect(text(root.querySelector('[data-testid=slot-1]'))).toContain('05/12/2026');
    expect(text(root.querySelector('[data-testid=slot-1]'))).toContain('09:00–13:00');
    expect(text(root.querySelector('[data-testid=slot-1]'))).toContain('Mejor opción');
    const piura = root.querySelector('[data-testid="poll-row-GR Piura"]');
    expect(text(piura)).toContain('Andrea Zapata Ruesta');
    expect(Array.from(piura?.querySelectorAll('td') ?? []).map((td) => td.getAttribute('data-answer'))).toEqual([
      'no',
      'yes',
    ]);
    expect(text(root.querySelector('[data-testid="poll-row-GR Tumbes"]'))).toContain('Sin respuesta');
    const tally = Array.from(root.querySelectorAll('[data-testid=tally-1] span')).map((span) => text(span));
    expect(tally).toEqual(['2 sí', '0 si es necesario', '0 no']);
    expect(root.querySelector('select')).toBeNull();
    expect(root.querySelector('[data-testid=pick-0]')).toBeNull();
  });

  it('lets me answer for my agency, and saves only a complete row', async () => {
    const root = await render(pollDto(), [TUMBES.id]);
    const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('[data-testid="poll-row-GR Tumbes"] select'));
    expect(selects).toHaveLength(2);
    expect(selects[1].getAttribute('aria-label')).toBe(
      'Respuesta de GR Tumbes para 05/12/2026 09:00–13:00 hora de Lima (UTC\u22125)',
    );
    const save = root.querySelector<HTMLButtonElement>('[data-testid="save-answers-GR Tumbes"]');
    expect(save?.disabled).toBe(true);

    selects[0].value = 'no';
    selects[0].dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(save?.disabled).toBe(true);
    selects[1].value = 'yes';
    selects[1].dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(save?.disabled).toBe(false);

    save?.click();
    expect(saved).toEqual([
      {
        agencyId: TUMBES.id,
        answers: [
          { slotId: 's-4', answer: 'no' },
          { slotId: 's-5', answer: 'yes' },
        ],
      },
    ]);
  });

  it('starts my row from the answers already saved', async () => {
    const root = await render(pollDto(), [PIURA.id]);
    const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('[data-testid="poll-row-GR Piura"] select'));
    expect(selects.map((s) => s.value)).toEqual(['no', 'yes']);
  });

  it('offers the convener a pick per slot and flags the one an agency refused', async () => {
    const root = await render(pollDto(), [], true);
    const refused = root.querySelector<HTMLButtonElement>('[data-testid=pick-0]');
    const clean = root.querySelector<HTMLButtonElement>('[data-testid=pick-1]');
    expect(text(refused)).toContain('⚠');
    expect(text(clean)).not.toContain('⚠');
    // The aria-label replaces the visible text, so it must carry the warning and the badge too.
    expect(refused?.getAttribute('aria-label')).toBe(
      'Elegir esta fecha: 04/12/2026 09:00–13:00 hora de Lima (UTC\u22125) (con advertencias)',
    );
    expect(root.querySelector('[data-testid=slot-1]')?.getAttribute('aria-label')).toBe(
      '05/12/2026 09:00–13:00 hora de Lima (UTC\u22125) (Mejor opción)',
    );
    expect(root.querySelector('.grid-scroll')?.getAttribute('role')).toBe('region');
    clean?.click();
    expect(picked.map((c) => [c.slot.id, c.needsConfirm])).toEqual([['s-5', false]]);
  });

  it('is read-only once closed, even for my agency', async () => {
    const root = await render(pollDto({ closed: true, chosenSlotId: 's-5' }), [TUMBES.id]);
    expect(root.querySelector('select')).toBeNull();
    expect(text(root.querySelector('[data-testid=slot-1]'))).toContain('Elegida');
  });

  it('writes the month in words in English, so 5 December is never read as 12 May', async () => {
    const root = await render(pollDto());
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(text(root.querySelector('[data-testid=slot-1]'))).toContain('Sat, 5 Dec 2026');
    expect(text(root.querySelector('caption'))).toContain('Lima time (UTC\u22125)');
    TestBed.inject(I18n).setLang('es');
  });
});
