import { enrolmentUrl, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the staff area only', () => {
    expect(safeReturnUrl('/app/admin/usuarios?x=1')).toBe('/app/admin/usuarios?x=1');
    expect(safeReturnUrl('/app')).toBe('/app');
    expect(safeReturnUrl('https://evil.example/app')).toBe('/app');
    expect(safeReturnUrl('//evil.example')).toBe('/app');
    expect(safeReturnUrl('/application')).toBe('/app');
    expect(safeReturnUrl(undefined)).toBe('/app');
  });
});

describe('enrolmentUrl', () => {
  it('names where the user was going, when it is a staff page other than the start', () => {
    expect(enrolmentUrl('/app/reuniones/m-1?pestana=agenda')).toBe(
      '/app/cuenta/doble-factor?volver=%2Fapp%2Freuniones%2Fm-1%3Fpestana%3Dagenda',
    );
    expect(enrolmentUrl('/app')).toBe('/app/cuenta/doble-factor');
    expect(enrolmentUrl(undefined)).toBe('/app/cuenta/doble-factor');
    expect(enrolmentUrl('https://evil.example/app')).toBe('/app/cuenta/doble-factor');
  });
});
