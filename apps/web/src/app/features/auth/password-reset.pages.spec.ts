import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { configureComponentTest, settle as settleFixture } from '../../../testing/component-test';
import { ForgotPasswordPage } from './forgot-password.page';
import { ResetPasswordPage } from './reset-password.page';

/** The two pages of a forgotten password: asking for the link, and the page the link opens. */
describe('password reset pages', () => {
  let backend: HttpTestingController;

  async function render<T>(page: Type<T>) {
    // Another spec may have switched the shared document to English.
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(page);
    const fixture: ComponentFixture<T> = TestBed.createComponent(page);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = () => settleFixture(fixture);
    const submit = async (value: string) => {
      const input = el.querySelector('input') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, settle, submit };
  }

  afterEach(() => backend.verify());

  it('asks for a link only for a well-formed address, then says it was sent', async () => {
    const { el, settle, submit } = await render(ForgotPasswordPage);
    expect(el.querySelector('h1')?.textContent).toContain('Restablecer la contraseña');
    expect(el.querySelector('button[type=submit]')?.textContent).toContain('Enviar el enlace');
    await submit('no-es-correo');
    backend.expectNone('/api/auth/password-reset');

    await submit(' ana@cumbre.pe ');
    const req = backend.expectOne({
      method: 'POST',
      url: '/api/auth/password-reset',
    });
    expect(req.request.body).toEqual({ email: 'ana@cumbre.pe' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(el.querySelector('[data-testid=reset-sent]')).toBeTruthy();
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('a[href="/ingresar"]')).toBeTruthy();
  });

  it('saves the new password with the link token, then offers to sign in', async () => {
    const { fixture, el, settle, submit } = await render(ResetPasswordPage);
    fixture.componentRef.setInput('token', 'tok-1');
    await submit('corta');
    expect(el.textContent).toContain('Debe tener al menos 12 caracteres.');
    backend.expectNone('/api/auth/password-reset/confirm');

    await submit('Una frase larga y nueva');
    const req = backend.expectOne('/api/auth/password-reset/confirm');
    expect(req.request.body).toEqual({
      token: 'tok-1',
      newPassword: 'Una frase larga y nueva',
    });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelector('[data-testid=reset-done]')).toBeTruthy();
    expect(el.querySelector('form')).toBeNull();
  });

  it('on a used or expired link, says so and links to asking for a new one', async () => {
    const { el, settle, submit } = await render(ResetPasswordPage);
    expect(el.querySelector('a[href="/contrasena/olvide"]')).toBeNull();
    await submit('Una frase larga y nueva');
    backend.expectOne('/api/auth/password-reset/confirm').flush(
      {
        statusCode: 400,
        code: 'auth.reset_token_invalid',
        message: 'The reset link is not valid',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'El enlace no es válido o ya venció. Pida uno nuevo.',
    );
    expect(el.querySelector('a[href="/contrasena/olvide"]')).toBeTruthy();
    expect(el.querySelector('form')).toBeTruthy();
  });
});
