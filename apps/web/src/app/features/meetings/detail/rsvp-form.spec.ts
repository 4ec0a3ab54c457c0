import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AgencyMemberDto, InvitationDto, PersonSummary, RsvpRequest } from '@cumbre/contracts';
import { configureComponentTest, settle, signInThroughBackend } from '../../../../testing/component-test';
import { me } from '../../../../testing/fixtures';
import { meetingDto, PIURA } from '../data-access/meeting.fixtures';
import { RsvpForm } from './rsvp-form';

const MEMBERS_URL = '/api/agencies/a-piura/members';
const GOVERNOR = 'Marisol Chunga Purizaca';
const PIURA_MEMBERS: AgencyMemberDto[] = [
  { user: { id: 'u-gov', displayName: GOVERNOR }, role: 'leader' },
  { user: { id: 'u-1', displayName: 'Andrea Zapata Ruesta' }, role: 'staff' },
  { user: { id: 'u-an', displayName: 'Úrsula Castro Nima' }, role: 'analyst' },
];

function invitation(delegates: PersonSummary[] = []): InvitationDto {
  return {
    id: 'i-piura',
    agency: PIURA,
    rsvp: 'pending',
    note: null,
    respondedAt: null,
    respondedBy: null,
    delegates,
  };
}

describe('RsvpForm', () => {
  let fixture: ComponentFixture<RsvpForm>;
  let backend: HttpTestingController;

  async function render(delegates: PersonSummary[] = []): Promise<void> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(RsvpForm);
    await signInThroughBackend(backend, me());
    fixture = TestBed.createComponent(RsvpForm);
    fixture.componentRef.setInput('meeting', meetingDto({ invitations: [invitation(delegates)] }));
    fixture.componentRef.setInput('agencyId', PIURA.id);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const options = () => Array.from(el().querySelectorAll('[data-testid=delegates] mat-checkbox')).map((c) => text(c));

  it('offers every member of the agency with their role, leaders first', async () => {
    await render();
    backend.expectOne(MEMBERS_URL).flush(PIURA_MEMBERS);
    await settle(fixture);
    expect(options()).toEqual([
      `${GOVERNOR} · Titular`,
      'Andrea Zapata Ruesta · Personal (tú)',
      'Úrsula Castro Nima · Analista',
    ]);
    expect(text(el().querySelector('[data-testid=delegate-hint]'))).toBe(
      'Se muestran todos los miembros activos de la agencia, primero sus titulares.',
    );
  });

  it('names the delegates ticked when the answer is saved', async () => {
    await render();
    backend.expectOne(MEMBERS_URL).flush(PIURA_MEMBERS);
    await settle(fixture);
    const boxes = el().querySelectorAll<HTMLInputElement>('[data-testid=delegates] input[type=checkbox]');
    boxes[0].click();
    boxes[2].click();
    fixture.componentInstance['form'].controls.rsvp.setValue('accepted');
    el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const request = backend.expectOne('/api/meetings/m-1/rsvp');
    const body = request.request.body as RsvpRequest;
    expect(body.agencyId).toBe(PIURA.id);
    expect([...(body.delegateUserIds ?? [])].sort()).toEqual(['u-an', 'u-gov']);
    request.flush(meetingDto());
  });

  it('still offers me and the delegates already named when the member list is refused', async () => {
    await render([{ id: 'u-old', displayName: 'Bruno Sosa' }]);
    backend.expectOne(MEMBERS_URL).flush(
      {
        statusCode: 403,
        message: 'only members of this agency may list its members',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle(fixture);
    expect(options()).toEqual(['Andrea Zapata Ruesta (tú)', 'Bruno Sosa']);
    expect(text(el().querySelector('[data-testid=delegate-hint]'))).toContain('No se pudo cargar la lista de miembros');
  });
});
