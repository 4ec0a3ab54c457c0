import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ConflictErrorBody, CreateMeetingRequest } from '@cumbre/contracts';
import { me } from '../../../../testing/fixtures';
import { conflictDto, meetingDto } from '../data-access/meeting.fixtures';
import { MeetingForm } from './meeting-form';
import { configureComponentTest, signInThroughBackend, settle } from '../../../../testing/component-test';

describe('MeetingForm', () => {
  let fixture: ComponentFixture<MeetingForm>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    localStorage.clear();
    backend = configureComponentTest(MeetingForm);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
    await signInThroughBackend(backend, me());
    fixture = TestBed.createComponent(MeetingForm);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const form = () => fixture.componentInstance['form'];

  async function fillAndSubmit(values: Partial<ReturnType<ReturnType<typeof form>['getRawValue']>>): Promise<void> {
    form().patchValue({ title: 'Cumbre de seguridad', ...values });
    el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('defaults to Lima and to one of my agencies as host', () => {
    expect(form().controls.timeZone.value).toBe('America/Lima');
    expect(form().controls.hostAgencyId.value).toBe('a-piura');
  });

  it('sends the times typed, read in the chosen zone, as UTC instants', async () => {
    await fillAndSubmit({
      startDate: '2026-12-05',
      startTime: '09:00',
      endTime: '13:00',
    });
    expect(el().querySelector('[data-testid=time-preview]')?.textContent).toContain(
      '05/12/2026 09:00–13:00 hora de Lima (UTC\u22125)',
    );
    const request = backend.expectOne('/api/meetings');
    const body = request.request.body as CreateMeetingRequest;
    expect(body.startsAt).toBe('2026-12-05T14:00:00.000Z');
    expect(body.endsAt).toBe('2026-12-05T18:00:00.000Z');
    expect(body.timeZone).toBe('America/Lima');
    expect(body.hostAgencyId).toBe('a-piura');
    expect(body.confirmConflicts).toBeUndefined();
    request.flush(meetingDto({ id: 'm-new' }));
    await settle(fixture);
    expect(router.navigate).toHaveBeenCalledWith(['/app/reuniones', 'm-new']);
  });

  it('follows the zone select: 09:00 in Madrid is 08:00 UTC', async () => {
    await fillAndSubmit({
      timeZone: 'Europe/Madrid',
      startDate: '2026-12-05',
      startTime: '09:00',
      endTime: '13:00',
    });
    const request = backend.expectOne('/api/meetings');
    expect((request.request.body as CreateMeetingRequest).startsAt).toBe('2026-12-05T08:00:00.000Z');
    request.flush(meetingDto());
    await settle(fixture);
  });

  it('sends no time at all when the four fields are empty (a draft to be polled)', async () => {
    await fillAndSubmit({});
    const body = backend.expectOne('/api/meetings').request.body as CreateMeetingRequest;
    expect(body.startsAt).toBeNull();
    expect(body.endsAt).toBeNull();
  });

  it('names an incomplete time and an end before the start, sending nothing', async () => {
    await fillAndSubmit({ startDate: '2026-12-05', startTime: '' });
    expect(el().textContent).toContain('Completa la fecha y la hora de inicio y de fin');
    await fillAndSubmit({
      startDate: '2026-12-05',
      startTime: '13:00',
      endDate: '2026-12-05',
      endTime: '09:00',
    });
    expect(el().textContent).toContain('El fin debe ser posterior al inicio.');
    backend.expectNone('/api/meetings');
  });

  it("puts the server's 400 messages, in Spanish, under the fields they name", async () => {
    await fillAndSubmit({ venueCity: 'Piura' });
    backend.expectOne('/api/meetings').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation.failed',
        message: 'validation failed',
        fields: [
          {
            field: 'venue.city',
            code: 'validation.too_long',
            params: { max: 120 },
            message: 'venue.city must be shorter than or equal to 120 characters',
          },
          {
            field: 'timeZone',
            code: 'validation.not_time_zone',
            message: 'timeZone must be an IANA time zone such as America/Lima',
          },
          {
            field: 'attachments',
            code: 'validation.unknown_field',
            message: 'property attachments should not exist',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(form().controls.venueCity.errors?.['message']).toBe('Máximo 120 caracteres.');
    expect(form().controls.timeZone.errors?.['message']).toBe('Elige una zona horaria de la lista, como America/Lima.');
    // A field the form does not show is named in the general messages rather than lost.
    expect(el().querySelector('[data-testid=form-errors]')?.textContent).toContain(
      'La solicitud lleva un dato que el servidor no acepta.',
    );
  });

  it('shows the conflicts of a 409 and schedules anyway when asked', async () => {
    await fillAndSubmit({
      startDate: '2026-12-05',
      startTime: '09:00',
      endTime: '13:00',
    });
    const conflict: ConflictErrorBody = {
      statusCode: 409,
      error: 'Conflict',
      message: 'the new time conflicts with 1 meeting',
      code: 'meeting.conflicts',
      conflicts: [
        conflictDto({
          meetingId: 'm-other',
          title: 'Comité regional',
          endsAt: '2026-12-05T17:00:00Z',
          sharedDelegates: [{ id: 'u-1', displayName: 'Andrea Zapata Ruesta' }],
          visible: true,
        }),
      ],
    };
    backend.expectOne('/api/meetings').flush(conflict, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const panel = el().querySelector('[data-testid=conflicts]');
    expect(panel?.textContent).toContain('Comité regional');
    expect(panel?.textContent).toContain('05/12/2026 10:00–12:00 hora de Lima');
    expect(panel?.textContent).toContain('Andrea Zapata Ruesta');

    const anyway = Array.from(panel?.querySelectorAll('button') ?? []).find((b) =>
      b.textContent?.includes('Programar de todos modos'),
    );
    anyway?.click();
    await fixture.whenStable();
    const retry = backend.expectOne('/api/meetings');
    expect((retry.request.body as CreateMeetingRequest).confirmConflicts).toBe(true);
    retry.flush(meetingDto({ id: 'm-new' }));
    await settle(fixture);
    expect(router.navigate).toHaveBeenCalledWith(['/app/reuniones', 'm-new']);
  });

  it('edits a meeting: shows its times in its own zone and sends the version it was based on', async () => {
    fixture.componentRef.setInput(
      'meeting',
      meetingDto({
        id: 'm-7',
        version: 4,
        timeZone: 'Europe/Madrid',
        startsAt: '2026-12-05T08:00:00Z',
        endsAt: '2026-12-05T12:00:00Z',
      }),
    );
    await fixture.whenStable();
    expect(form().getRawValue()).toMatchObject({
      timeZone: 'Europe/Madrid',
      startDate: '2026-12-05',
      startTime: '09:00',
      endTime: '13:00',
    });
    expect(form().controls.hostAgencyId.disabled).toBe(true);
    await fillAndSubmit({ endTime: '14:00' });
    const request = backend.expectOne('/api/meetings/m-7');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      version: 4,
      endsAt: '2026-12-05T13:00:00.000Z',
    });
    expect(request.request.body).not.toHaveProperty('hostAgencyId');
    request.flush(meetingDto({ id: 'm-7' }));
    await settle(fixture);
  });

  it('reads dates as dd/mm/aaaa and times as 24 h typed in the fields, and shows them so', async () => {
    const ids: Record<string, string> = {
      startDate: 'start-date',
      startTime: 'start-time',
      endDate: 'end-date',
      endTime: 'end-time',
    };
    const input = (name: string) => {
      const found = el().querySelector<HTMLInputElement>(`input[data-testid=${ids[name]}]`);
      if (!found) throw new Error(`no field ${name}`);
      return found;
    };
    const type = (name: string, text: string) => {
      input(name).value = text;
      input(name).dispatchEvent(new Event('input'));
      input(name).dispatchEvent(new Event('blur'));
    };
    expect(input('startDate').type).toBe('text');
    expect(input('startTime').type).toBe('text');
    expect(input('startDate').placeholder).toBe('dd/mm/aaaa');
    type('startDate', '05/12/2026');
    type('startTime', '9:00');
    type('endTime', '13:00');
    await fixture.whenStable();
    expect(form().getRawValue()).toMatchObject({
      startDate: '2026-12-05',
      endDate: '2026-12-05',
      startTime: '09:00',
    });
    expect(input('startTime').value).toBe('09:00');
    expect(input('endDate').value).toBe('05/12/2026');
    type('endDate', '31/02/2026');
    type('endTime', '1 pm');
    await fillAndSubmit({});
    expect(form().controls.endDate.hasError('matDatepickerParse')).toBe(true);
    expect(el().textContent).toContain('Escribe la fecha como dd/mm/aaaa');
    expect(el().textContent).toContain('Escribe la hora en formato de 24 horas');
    type('endDate', '05/12/2101');
    await fixture.whenStable();
    expect(form().controls.endDate.hasError('matDatepickerMax')).toBe(true);
    backend.expectNone('/api/meetings');
  });

  it('keeps a pasted over-long title whole and says so at once', async () => {
    const long = 'x'.repeat(250);
    form().controls.title.setValue(long);
    await fixture.whenStable();
    expect(form().controls.title.value).toBe(long);
    expect(el().textContent).toContain('Debe tener como máximo 200 caracteres. (250 / 200)');
  });
});
