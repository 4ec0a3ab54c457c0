import { HttpHeaders } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { me } from '../../../testing/fixtures';
import { I18n } from '../../core/i18n/i18n.service';
import { SignInPage } from './sign-in.page';
import { configureComponentTest, settle } from '../../../testing/component-test';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(SignInPage);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const el = () => fixture.nativeElement as HTMLElement;

  /** The page awaits a promise chain after the response; let it run, then render. */

  async function fillIn(email: string, password: string): Promise<void> {
    const [emailInput, passwordInput] = Array.from(el().querySelectorAll('input'));
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
    el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('names each missing field and sends nothing', async () => {
    await fillIn('', '');
    expect(el().textContent).toContain('Este campo es obligatorio.');
    backend.expectNone('/api/auth/login');
  });

  it('says "Correo o contraseña incorrectos." for a wrong password', async () => {
    await fillIn('staff.piura@cumbre.demo', 'not-the-password');
    backend.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        code: 'auth.invalid_credentials',
        message: 'Invalid credentials',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(fixture);
    expect(el().querySelector('[role=alert]')?.textContent?.trim()).toBe('Correo o contraseña incorrectos.');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('asks to wait when sign-in is throttled', async () => {
    await fillIn('staff.piura@cumbre.demo', 'not-the-password');
    backend.expectOne('/api/auth/login').flush(
      { statusCode: 429, error: 'Too Many Requests', message: 'slow down' },
      {
        status: 429,
        statusText: 'Too Many Requests',
        headers: new HttpHeaders({ 'Retry-After': '30' }),
      },
    );
    await settle(fixture);
    expect(el().querySelector('[role=alert]')?.textContent).toContain('Espera 30 segundos');
  });

  it('speaks English after the switch', async () => {
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(el().querySelector('h1')?.textContent).toContain('Sign in to Cumbre');
    TestBed.inject(I18n).setLang('es');
  });

  it('goes to the staff area after signing in', async () => {
    fixture.componentRef.setInput('volver', '/app/agencias');
    await fillIn('  staff.piura@cumbre.demo ', 'Cumbre-Demo-2026!');
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({
      email: 'staff.piura@cumbre.demo',
      password: 'Cumbre-Demo-2026!',
    });
    req.flush(me());
    await settle(fixture);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/app/agencias');
  });
  it('asks for the code after a right password when two-factor sign-in is on', async () => {
    await fillIn('presidencia.piura@cumbre.demo', 'Cumbre-Demo-2026!');
    backend.expectOne('/api/auth/login').flush({
      twoFactorRequired: true,
      challengeToken: 'chal',
      expiresIn: 300,
    });
    await settle(fixture);
    expect(router.navigateByUrl).not.toHaveBeenCalled();
    const step = el().querySelector('[data-testid=second-step]');
    expect(step?.textContent).toContain('código de seis dígitos');
    const input = step?.querySelector('input') as HTMLInputElement;
    input.value = '123456';
    input.dispatchEvent(new Event('input'));
    step?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const second = backend.expectOne('/api/auth/login/two-factor');
    expect(second.request.body).toEqual({
      challengeToken: 'chal',
      code: '123456',
    });
    second.flush(me());
    await settle(fixture);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/app');
  });

  it('takes a user who must enrol a second factor to the two-factor page', async () => {
    await fillIn('presidencia.piura@cumbre.demo', 'Cumbre-Demo-2026!');
    backend.expectOne('/api/auth/login').flush({
      ...me(),
      twoFactor: {
        enabled: false,
        required: true,
        enrolmentOnly: true,
        recoveryCodesLeft: 0,
      },
    });
    await settle(fixture);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/app/cuenta/doble-factor');
  });

  it('sends a user who must enrol to enrolment first, then where they were going', async () => {
    fixture.componentRef.setInput('volver', '/app/agencias');
    await fillIn('presidencia.piura@cumbre.demo', 'Cumbre-Demo-2026!');
    backend.expectOne('/api/auth/login').flush({
      ...me(),
      twoFactor: { enabled: false, required: true, enrolmentOnly: true, recoveryCodesLeft: 0 },
    });
    await settle(fixture);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/app/cuenta/doble-factor?volver=%2Fapp%2Fagencias');
  });

  it('links to the forgotten-password page', () => {
    const link = el().querySelector('a[href="/contrasena/olvide"]');
    expect(link?.textContent).toContain('¿Olvidó su contraseña?');
  });
});
