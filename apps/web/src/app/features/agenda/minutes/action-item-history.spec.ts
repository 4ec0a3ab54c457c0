import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { actionItemFixture } from '../data-access/agenda.fixtures';
import { settle } from '../../../../testing/component-test';
import { createAgendaPart } from '../data-access/agenda.testing';
import { ActionItemHistory } from './action-item-history';

describe('ActionItemHistory', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ActionItemHistory>;

  async function render(canComment: boolean): Promise<HTMLElement> {
    ({ fixture, backend } = createAgendaPart(ActionItemHistory, {
      item: actionItemFixture(),
      canComment,
    }));
    fixture.detectChanges();
    backend.expectOne('/api/action-items/x-1').flush(actionItemFixture());
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it('shows who changed what and when, in Spanish with the zone named', async () => {
    const root = await render(false);
    const events = Array.from(root.querySelectorAll('[data-testid=action-item-event]')).map((e) =>
      e.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('Lucía Herrera Campos registró el compromiso');
    expect(events[1]).toContain('Andrea Zapata Ruesta cambió el estado de Abierta a En curso');
    expect(events[1]).toContain('06/12/2026 10:00 hora de Lima');
    // Readers who may not update the item get no comment box.
    expect(root.querySelector('[data-testid=action-item-comment]')).toBeNull();
  });

  it('adds a comment with the version it read and shows the history the API answers', async () => {
    const root = await render(true);
    const box = root.querySelector<HTMLTextAreaElement>('[data-testid=action-item-comment]');
    if (!box) throw new Error('no comment box');
    box.value = 'Primera sesión el 10 de enero';
    box.dispatchEvent(new Event('input'));
    await settle(fixture);
    root.querySelector<HTMLButtonElement>('[data-testid=action-item-add-comment]')?.click();
    const req = backend.expectOne('/api/action-items/x-1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      version: 3,
      comment: 'Primera sesión el 10 de enero',
    });
    const before = actionItemFixture();
    req.flush({
      ...before,
      version: 4,
      history: [
        ...before.history,
        {
          id: 'e-3',
          kind: 'comment',
          fromStatus: null,
          toStatus: null,
          comment: 'Primera sesión el 10 de enero',
          actor: { id: 'u-piura', displayName: 'Andrea Zapata Ruesta' },
          createdAt: '2026-12-07T15:00:00Z',
        },
      ],
    });
    await settle(fixture);
    const last = root.querySelectorAll('[data-testid=action-item-event]')[2];
    expect(last?.getAttribute('data-kind')).toBe('comment');
    expect(last?.textContent).toContain('Primera sesión el 10 de enero');
    expect(box.value).toBe('');
  });
});
