import type { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import type { AgendaDto, MeetingDto } from '@cumbre/contracts';
import type { ConfirmRequest } from '../../../core/layout/confirm-dialog';
import { agendaFixture, meetingFixture } from '../data-access/agenda.fixtures';
import { fakeConfirm, settle } from '../../../../testing/component-test';
import { createAgendaPart } from '../data-access/agenda.testing';
import { SessionStore } from '../../../core/session/session.store';
import { MinutesPanel } from './minutes-panel';

describe('MinutesPanel', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MinutesPanel>;
  let asked: ConfirmRequest[];
  let changed: AgendaDto[];

  /**
   * `hostMembers`: what the host's member list answers, or null when the panel must not ask
   * for it. The caller is a member of the host (the PCM) unless `memberOf` says otherwise.
   */
  async function render(
    agenda: AgendaDto,
    meeting: MeetingDto,
    hostMembers: unknown[] | null = [],
    memberOf = ['a-pcm'],
  ): Promise<HTMLElement> {
    asked = [];
    changed = [];
    ({ fixture, backend } = createAgendaPart(MinutesPanel, { meetingId: 'm-1', agenda, meeting }, [
      fakeConfirm((request) => {
        asked.push(request);
        return true;
      }),
      {
        provide: SessionStore,
        useValue: {
          isAdmin: signal(false),
          memberships: signal(memberOf.map((id) => ({ agency: { id } }))),
        },
      },
    ]));
    fixture.componentInstance.changed.subscribe((a) => changed.push(a));
    fixture.detectChanges();
    if (hostMembers) backend.expectOne('/api/agencies/a-pcm/members').flush(hostMembers);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it('lets the convener name a secretary among host members and delegates, sending the version', async () => {
    const root = await render(agendaFixture(), meetingFixture(), [
      {
        user: { id: 'u-sec', displayName: 'Lucía Herrera Campos' },
        role: 'staff',
      },
    ]);
    expect(root.querySelector('[data-testid=minutes-secretary]')?.textContent).toContain('Sin secretaría designada');
    const select = root.querySelector<HTMLSelectElement>('[data-testid=minutes-secretary-pick]');
    if (!select) throw new Error('no select');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      '—',
      'Lucía Herrera Campos (PCM)',
      'Andrea Zapata Ruesta (GR Piura)',
    ]);
    select.value = 'u-sec';
    select.dispatchEvent(new Event('change'));
    await settle(fixture);
    root.querySelector<HTMLButtonElement>('[data-testid=minutes-secretary-set]')?.click();
    const req = backend.expectOne('/api/meetings/m-1/agenda/secretary');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ version: 7, userId: 'u-sec' });
    const named = agendaFixture({
      version: 8,
      secretary: { id: 'u-sec', displayName: 'Lucía Herrera Campos' },
    });
    req.flush(named);
    await settle(fixture);
    expect(changed).toEqual([named]);
  });

  it('lets a convener from outside the host pick among the delegates without asking for the host’s members', async () => {
    const root = await render(agendaFixture(), meetingFixture(), null, ['a-other']);
    const select = root.querySelector<HTMLSelectElement>('[data-testid=minutes-secretary-pick]');
    expect(Array.from(select?.options ?? []).map((o) => o.textContent?.trim())).toEqual([
      '—',
      'Andrea Zapata Ruesta (GR Piura)',
    ]);
  });

  it('offers no secretary controls once the minutes may no longer be written', async () => {
    const root = await render(
      agendaFixture({
        minutesPublishedAt: '2026-12-05T23:00:00Z',
        can: {
          ...agendaFixture().can,
          recordMinutes: false,
          nameSecretary: false,
        },
      }),
      meetingFixture({ status: 'concluded' }),
      null,
    );
    expect(root.querySelector('[data-testid=minutes-secretary-pick]')).toBeNull();
    expect(root.querySelector('[data-testid=minutes-secretary-remove]')).toBeNull();
  });

  it('removes the secretary with a null user', async () => {
    const root = await render(
      agendaFixture({
        secretary: { id: 'u-sec', displayName: 'Lucía Herrera Campos' },
      }),
      meetingFixture(),
    );
    expect(root.querySelector('[data-testid=minutes-secretary]')?.textContent).toContain(
      'Registra el acta: Lucía Herrera Campos',
    );
    root.querySelector<HTMLButtonElement>('[data-testid=minutes-secretary-remove]')?.click();
    const req = backend.expectOne('/api/meetings/m-1/agenda/secretary');
    expect(req.request.body).toEqual({ version: 7, userId: null });
    req.flush(agendaFixture({ version: 8 }));
    await settle(fixture);
    expect(changed).toHaveLength(1);
  });

  it('publishes the minutes of a concluded meeting after asking, and shows them read-only after', async () => {
    const secretary = agendaFixture({
      can: { ...agendaFixture().can, decide: false, nameSecretary: false },
    });
    let root = await render(secretary, meetingFixture({ status: 'scheduled' }), null);
    expect(root.querySelector('[data-testid=minutes-publish]')).toBeNull();
    expect(root.querySelector('[data-testid=minutes-state]')?.textContent).toContain(
      'cuando la reunión haya concluido',
    );
    // The secretary does not name secretaries.
    expect(root.querySelector('[data-testid=minutes-secretary-pick]')).toBeNull();

    fixture.componentRef.setInput('meeting', meetingFixture({ status: 'concluded' }));
    await settle(fixture);
    root = fixture.nativeElement as HTMLElement;
    root.querySelector<HTMLButtonElement>('[data-testid=minutes-publish]')?.click();
    await settle(fixture);
    expect(asked.map((r) => r.title)).toEqual(['¿Publicar el acta?']);
    const req = backend.expectOne('/api/meetings/m-1/agenda/minutes/publish');
    expect(req.request.method).toBe('POST');
    const published = {
      ...secretary,
      minutesPublishedAt: '2026-12-05T23:00:00Z',
    };
    req.flush(published);
    await settle(fixture);
    expect(changed).toEqual([published]);

    fixture.componentRef.setInput('agenda', published);
    await settle(fixture);
    expect(root.querySelector('[data-testid=minutes-state]')?.textContent).toContain(
      'Acta publicada el 05/12/2026 18:00 hora de Lima',
    );
    expect(root.querySelector('[data-testid=minutes-publish]')).toBeNull();
  });
});
