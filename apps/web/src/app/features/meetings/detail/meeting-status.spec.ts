import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeetingDto } from '@cumbre/contracts';
import { configureComponentTest, fakeConfirm, settle } from '../../../../testing/component-test';
import type { ConfirmRequest } from '../../../core/layout/confirm-dialog';
import { conflictDto, meetingDto } from '../data-access/meeting.fixtures';
import { MeetingStatusControls } from './meeting-status';

describe('MeetingStatusControls', () => {
  let fixture: ComponentFixture<MeetingStatusControls>;
  let backend: HttpTestingController;
  let changed: number;
  let asked: ConfirmRequest[];
  let answer: boolean;

  async function render(meeting: MeetingDto): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(MeetingStatusControls, [
      fakeConfirm((request) => {
        asked.push(request);
        return answer;
      }),
    ]);
    fixture = TestBed.createComponent(MeetingStatusControls);
    fixture.componentRef.setInput('meeting', meeting);
    changed = 0;
    asked = [];
    answer = true;
    fixture.componentInstance.changed.subscribe(() => changed++);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (root: HTMLElement) => Array.from(root.querySelectorAll('button')).map((b) => b.textContent?.trim());

  /** A meeting with a date (scheduling needs one). */
  const dated = (overrides: Partial<MeetingDto>): MeetingDto =>
    meetingDto({
      startsAt: '2026-12-05T14:00:00Z',
      endsAt: '2026-12-05T18:00:00Z',
      ...overrides,
    });

  const press = (root: HTMLElement, move: string) =>
    root.querySelector<HTMLButtonElement>(`[data-testid=move-${move}]`)?.click();

  afterEach(() => backend.verify());

  it('offers only the allowed moves, and no scheduling before there is a date', async () => {
    expect(buttons(await render(meetingDto({ status: 'draft' })))).toEqual(['Cancelar reunión']);
  });

  it('offers scheduling once the meeting has a date', async () => {
    const root = await render(dated({ status: 'draft' }));
    expect(buttons(root)).toEqual(['Programar', 'Cancelar reunión']);
  });

  it('shows nothing to someone who may not change the meeting', async () => {
    const root = await render(
      meetingDto({
        can: { edit: false, invite: false, rsvpFor: [], runPoll: false },
      }),
    );
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for a reason before cancelling, and sends it with the version', async () => {
    const root = await render(
      dated({
        status: 'scheduled',
        version: 3,
      }),
    );
    press(root, 'cancelled');
    await fixture.whenStable();
    const form = root.querySelector('[data-testid=cancel-form]');
    form?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(root.textContent).toContain('Este campo es obligatorio.');
    backend.expectNone('/api/meetings/m-1/status');

    const reason = root.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'La sede no está disponible.';
    reason.dispatchEvent(new Event('input'));
    form?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(asked[0]).toMatchObject({
      title: '¿Cancelar «Cumbre de seguridad»?',
      message: 'Motivo que se comunicará: La sede no está disponible.',
      danger: true,
    });
    const request = backend.expectOne('/api/meetings/m-1/status');
    expect(request.request.body).toEqual({
      status: 'cancelled',
      version: 3,
      reason: 'La sede no está disponible.',
    });
    request.flush(meetingDto({ status: 'cancelled' }));
    await settle(fixture);
    expect(changed).toBe(1);
  });

  it('moves focus to the reason when cancelling opens, and back when it is kept', async () => {
    const root = await render(dated({ status: 'scheduled' }));
    press(root, 'cancelled');
    await settle(fixture);
    expect(document.activeElement).toBe(root.querySelector('textarea'));
    const keep = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-testid=cancel-form] button')).find(
      (b) => b.type === 'button',
    );
    keep?.click();
    await settle(fixture);
    expect(document.activeElement).toBe(root.querySelector('[data-testid=move-cancelled]'));
  });

  it('lists the clashes of a 409 and schedules anyway on request', async () => {
    const root = await render(dated({ status: 'draft' }));
    press(root, 'scheduled');
    await settle(fixture);
    backend.expectOne('/api/meetings/m-1/status').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'conflicts',
        code: 'meeting.conflicts',
        conflicts: [conflictDto()],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    const panel = root.querySelector('[data-testid=status-conflicts]');
    expect(panel?.textContent).toContain('Reunión de otra agencia (reservada)');
    expect(panel?.textContent).not.toContain('Otra reunión');
    panel?.querySelector('button')?.click();
    const retry = backend.expectOne('/api/meetings/m-1/status');
    expect(retry.request.body).toMatchObject({
      status: 'scheduled',
      confirmConflicts: true,
    });
    retry.flush(meetingDto({ status: 'scheduled' }));
    await settle(fixture);
    expect(changed).toBe(1);
  });

  it('asks before scheduling, says who is told, and does nothing when declined', async () => {
    const root = await render(dated({ status: 'draft' }));
    answer = false;
    press(root, 'scheduled');
    await settle(fixture);
    expect(asked).toHaveLength(1);
    expect(asked[0].confirm).toBe('Programar');
    expect(asked[0].message).toContain('hora de Lima');
    expect(asked[0].notify).toMatch(/^(Se avisará|No hay agencias)/);
    backend.expectNone('/api/meetings/m-1/status');
    expect(changed).toBe(0);
  });
  describe('a meeting that has ended by the clock', () => {
    // The browser's clock: the evening of 5 December 2026 in Lima, after a 09:00–13:00 meeting.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-06T01:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());

    const hint = (root: HTMLElement) => root.querySelector('[data-testid=status-ended]')?.textContent?.trim();

    it('reminds the convener to conclude it, in two steps while it is still scheduled', async () => {
      const root = await render(dated({ status: 'scheduled' }));
      expect(hint(root)).toBe(
        'Esta reunión terminó el 05/12/2026 13:00 hora de Lima (UTC−5) y sigue programada. Si se realizó, márcala en curso y luego concluida: su agenda queda cerrada y el acta se puede publicar.',
      );
      expect(buttons(root)).toContain('Marcar en curso');
    });

    it('in one step once it is under way', async () => {
      const root = await render(dated({ status: 'in_progress' }));
      expect(hint(root)).toBe(
        'Esta reunión terminó el 05/12/2026 13:00 hora de Lima (UTC−5). Márcala concluida: su agenda queda cerrada y el acta se puede publicar.',
      );
    });

    it('says nothing before the end, once concluded, or to someone who may not change it', async () => {
      vi.setSystemTime(new Date('2026-12-05T17:59:00Z'));
      expect(hint(await render(dated({ status: 'in_progress' })))).toBeUndefined();
      TestBed.resetTestingModule();
      vi.setSystemTime(new Date('2026-12-06T01:00:00Z'));
      expect(hint(await render(dated({ status: 'concluded' })))).toBeUndefined();
      TestBed.resetTestingModule();
      const readOnly = dated({
        status: 'scheduled',
        can: { edit: false, invite: false, rsvpFor: [], runPoll: false },
      });
      expect(hint(await render(readOnly))).toBeUndefined();
    });
  });
});
