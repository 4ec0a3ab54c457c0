import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { SessionDto } from '@cumbre/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { SessionsPage } from './sessions.page';
import { configureComponentTest, settle } from '../../../testing/component-test';

const NOT_FOUND_EN = 'What you are looking for was not found.';
const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const THIS: SessionDto = {
  id: 's-1',
  createdAt: '2026-12-05T14:00:00Z',
  lastUsedAt: '2026-12-06T15:30:00Z',
  ip: '190.12.0.7',
  userAgent: CHROME_WINDOWS,
  current: true,
};
const PHONE: SessionDto = {
  id: 's-2',
  createdAt: '2026-12-01T13:05:00Z',
  lastUsedAt: '2026-12-04T22:10:00Z',
  ip: null,
  userAgent: 'curl/8.5.0',
  current: false,
};

describe('SessionsPage', () => {
  let fixture: ComponentFixture<SessionsPage>;
  let backend: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(el().querySelectorAll('[data-testid=sessions] tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent?.trim()),
    );

  beforeEach(async () => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(SessionsPage);
    fixture = TestBed.createComponent(SessionsPage);
    fixture.detectChanges();
    backend.expectOne('/api/auth/sessions').flush([THIS, PHONE]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  it('names each device as a person reads it, with Lima times that say so', () => {
    expect(rows()).toEqual([
      [
        'Chrome 131 · Windows',
        '05/12/2026 09:00 hora de Lima (UTC−5)',
        '06/12/2026 10:30 hora de Lima (UTC−5)',
        '190.12.0.7',
        'Esta sesión',
      ],
      [
        'curl 8.5.0',
        '01/12/2026 08:05 hora de Lima (UTC−5)',
        '04/12/2026 17:10 hora de Lima (UTC−5)',
        'desconocido',
        'Cerrar esta sesión',
      ],
    ]);
    // The full User-Agent stays at hand, as the cell's tooltip.
    expect(el().querySelector('tbody th')?.getAttribute('title')).toBe(CHROME_WINDOWS);
  });

  it('signs another session out and shows the list as the server has it then', async () => {
    (el().querySelector('tbody tr:nth-child(2) button') as HTMLButtonElement).click();
    const revoke = backend.expectOne('/api/auth/sessions/s-2');
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    backend.expectOne('/api/auth/sessions').flush([THIS]);
    await settle(fixture);
    expect(rows()).toHaveLength(1);
    expect(el().textContent).toContain('No hay otras sesiones abiertas.');
  });

  it('signs every other session out at once', async () => {
    (el().querySelector('button.sign-out-others') as HTMLButtonElement).click();
    const revoke = backend.expectOne((r) => r.url === '/api/auth/sessions' && r.method === 'DELETE');
    expect(revoke.request.params.get('scope')).toBe('others');
    revoke.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    backend.expectOne((r) => r.url === '/api/auth/sessions' && r.method === 'GET').flush([THIS]);
    await settle(fixture);
    expect(rows()).toHaveLength(1);
  });

  it('says why a sign-out failed, in the reader’s language', async () => {
    TestBed.inject(I18n).setLang('en');
    await settle(fixture);
    (el().querySelector('tbody tr:nth-child(2) button') as HTMLButtonElement).click();
    backend
      .expectOne('/api/auth/sessions/s-2')
      .flush(
        { statusCode: 404, code: 'common.not_found', message: 'No such session' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    backend.expectOne('/api/auth/sessions').flush([THIS, PHONE]);
    await settle(fixture);
    expect(el().querySelector('[role=alert]')?.textContent?.trim()).toBe(NOT_FOUND_EN);
    expect(rows()[0][1]).toBe('5 Dec 2026, 09:00 Lima time (UTC−5)');
    TestBed.inject(I18n).setLang('es');
  });
});
