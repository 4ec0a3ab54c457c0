import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { UserDto } from '@cumbre/contracts';
import { configureComponentTest, settle } from '../../../../testing/component-test';
import { PIURA } from '../../../../testing/fixtures';
import { AdminUserDetailPage } from './admin-user-detail.page';

const USER: UserDto = {
  id: 'u-1',
  email: 'staff.piura@cumbre.demo',
  displayName: 'Andrea Zapata Ruesta',
  platformRoles: [],
  disabled: false,
  memberships: [PIURA],
  createdAt: '2026-01-05T15:00:00Z',
  updatedAt: '2026-01-05T15:00:00Z',
  version: 1,
};

describe('AdminUserDetailPage', () => {
  let fixture: ComponentFixture<AdminUserDetailPage>;
  let backend: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  function answerUser(user: UserDto): void {
    backend.expectOne({ method: 'GET', url: '/api/users/u-1' }).flush(user);
  }

  beforeEach(async () => {
    // Another spec may have switched the shared document to English.
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(AdminUserDetailPage);
    fixture = TestBed.createComponent(AdminUserDetailPage);
    fixture.componentRef.setInput('id', 'u-1');
    await fixture.whenStable();
    backend.expectOne((r) => r.url.startsWith('/api/agencies')).flush({ items: [], total: 0, limit: 500, offset: 0 });
    answerUser(USER);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  const select = (name: string) =>
    el().querySelector(`select[aria-label="${name} — GR Piura"]`) as HTMLSelectElement | null;

  it("shows each membership's role and clearance as selects, worded", async () => {
    const role = select('Rol');
    const clearance = select('Acceso a inteligencia (TLP)');
    expect(role?.value).toBe('staff');
    expect(Array.from(role?.options ?? []).map((o) => o.textContent?.trim())).toContain('Titular');
    expect(clearance?.value).toBe('GREEN');
    expect(Array.from(clearance?.options ?? []).map((o) => o.textContent?.trim())).toContain('TLP:AMBER');
  });

  it('saves a changed role or clearance, then shows the user as the server has it', async () => {
    const role = select('Rol') as HTMLSelectElement;
    role.value = 'leader';
    role.dispatchEvent(new Event('change'));
    const patch = backend.expectOne({
      method: 'PATCH',
      url: '/api/memberships/m-1',
    });
    expect(patch.request.body).toEqual({ role: 'leader' });
    patch.flush({ ...PIURA, role: 'leader' });
    await settle(fixture);
    answerUser({ ...USER, memberships: [{ ...PIURA, role: 'leader' }] });
    await settle(fixture);
    expect(select('Rol')?.value).toBe('leader');

    const clearance = select('Acceso a inteligencia (TLP)') as HTMLSelectElement;
    clearance.value = 'AMBER';
    clearance.dispatchEvent(new Event('change'));
    const second = backend.expectOne('/api/memberships/m-1');
    expect(second.request.body).toEqual({ clearance: 'AMBER' });
    second.flush({ ...PIURA, role: 'leader', clearance: 'AMBER' });
    await settle(fixture);
    answerUser(USER);
    await settle(fixture);
    // Let the "saved" snack bar (fetched lazily) open before the test's injector goes.
    await import('@angular/material/snack-bar');
    await settle(fixture);
  });
});
