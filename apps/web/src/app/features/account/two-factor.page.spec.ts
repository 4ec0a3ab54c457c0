import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { me } from '../../../testing/fixtures';
import { TwoFactorPage } from './two-factor.page';
import { configureComponentTest, settle } from '../../../testing/component-test';

describe('TwoFactorPage', () => {
  let fixture: ComponentFixture<TwoFactorPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(TwoFactorPage);
    fixture = TestBed.createComponent(TwoFactorPage);
    fixture.detectChanges();
  });

  afterEach(() => backend.verify());

  const el = () => fixture.nativeElement as HTMLElement;

  it('says it is required, shows the QR code, and the recovery codes once confirmed', async () => {
    backend.expectOne('/api/auth/two-factor').flush({
      enabled: false,
      required: true,
      enrolmentOnly: true,
      recoveryCodesLeft: 0,
    });
    await settle(fixture);
    expect(el().querySelector('[data-testid=two-factor-required]')?.textContent).toContain('TLP:AMBER');
    (el().querySelector('section > button') as HTMLButtonElement).click();
    backend.expectOne('/api/auth/two-factor/enrolment').flush({
      secret: 'JBSWY3DPEHPK3PXP',
      otpauthUri: 'otpauth://totp/Cumbre:a?secret=JBSWY3DPEHPK3PXP',
      qrCodeDataUrl: 'data:image/png;base64,AAAA',
    });
    await settle(fixture);
    expect(el().querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(el().querySelector('[data-testid=totp-secret]')?.textContent).toBe('JBSWY3DPEHPK3PXP');
    const input = el().querySelector('input') as HTMLInputElement;
    input.value = '654321';
    input.dispatchEvent(new Event('input'));
    el().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const confirm = backend.expectOne('/api/auth/two-factor/confirm');
    expect(confirm.request.body).toEqual({ code: '654321' });
    confirm.flush({ recoveryCodes: ['AAAAA-BBBBB', 'CCCCC-DDDDD'] });
    await settle(fixture);
    backend.expectOne('/api/auth/me').flush(me());
    await settle(fixture);
    const codes = Array.from(el().querySelectorAll('[data-testid=recovery-codes] li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(codes).toEqual(['AAAAA-BBBBB', 'CCCCC-DDDDD']);
    expect(el().querySelector('[data-testid=two-factor-required]')).toBeNull();
    // "Listo" goes where the user was going when enrolment was asked of them.
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('volver', '/app/reuniones/m-1');
    await fixture.whenStable();
    (el().querySelector('[data-testid=two-factor-done]') as HTMLButtonElement).click();
    expect(navigate).toHaveBeenCalledWith('/app/reuniones/m-1');
  });
});
