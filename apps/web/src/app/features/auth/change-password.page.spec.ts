import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChangePasswordPage } from './change-password.page';
import { configureComponentTest, settle } from '../../../testing/component-test';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let backend: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    // Another spec may have switched the shared document to English.
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(ChangePasswordPage);
    fixture = TestBed.createComponent(ChangePasswordPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function submit(current: string, next: string, confirm: string): Promise<void> {
    const [a, b, c] = Array.from(el().querySelectorAll('input'));
    for (const [input, value] of [
      [a, current],
      [b, next],
      [c, confirm],
    ] as const) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    }
    el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('checks length and confirmation before sending', async () => {
    await submit('Cumbre-Demo-2026!', 'corta', 'otra');
    expect(el().textContent).toContain('Debe tener al menos 12 caracteres.');
    expect(el().textContent).toContain('Las contraseñas no coinciden.');
    backend.expectNone('/api/auth/password');
  });

  it('says so in Spanish when the current password is wrong', async () => {
    await submit('no-es-la-actual', 'Una frase larga y nueva', 'Una frase larga y nueva');
    const req = backend.expectOne({
      method: 'POST',
      url: '/api/auth/password',
    });
    expect(req.request.body).toEqual({
      currentPassword: 'no-es-la-actual',
      newPassword: 'Una frase larga y nueva',
    });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'auth.wrong_current_password',
        field: 'currentPassword',
        message: 'currentPassword is not correct',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(el().querySelector('[role=alert]')?.textContent?.trim()).toBe('La contraseña actual no es correcta.');
  });

  it('confirms a change and clears the form', async () => {
    await submit('Cumbre-Demo-2026!', 'Una frase larga y nueva', 'Una frase larga y nueva');
    backend.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(el().querySelector('[role=status]')?.textContent).toContain('Tu contraseña se cambió.');
    expect(el().querySelector('input')?.value).toBe('');
  });
});
