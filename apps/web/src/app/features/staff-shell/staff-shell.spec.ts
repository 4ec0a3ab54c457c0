import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeDto } from '@cumbre/contracts';
import { LAMBAYEQUE, me, PIURA } from '../../../testing/fixtures';
import { I18n } from '../../core/i18n/i18n.service';
import { SessionStore } from '../../core/session/session.store';
import { StaffShell } from './staff-shell';
import {
  configureComponentTest,
  signInThroughBackend,
} from '../../../testing/component-test';

describe('StaffShell', () => {
  let fixture: ComponentFixture<StaffShell>;

  async function render(user: MeDto): Promise<HTMLElement> {
    localStorage.clear();
    const backend = configureComponentTest(StaffShell);
    await signInThroughBackend(backend, user);
    fixture = TestBed.createComponent(StaffShell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const navLinks = (root: HTMLElement) =>
    Array.from(root.querySelectorAll('nav.main-nav a')).map((a) =>
      a.textContent?.trim(),
    );

  it('shows staff the common navigation, without Administración or a switcher', async () => {
    const root = await render(me());
    expect(navLinks(root)).toEqual([
      'Inicio',
      'Reuniones',
      'Plan de acción',
      'Directorio de agencias',
    ]);
    expect(root.querySelector('[data-testid=agency-switcher]')).toBeNull();
    expect(root.textContent).toContain('PE-PIU');
  });

  it('adds Administración for an admin', async () => {
    const root = await render(
      me({ platformRoles: ['admin'], memberships: [] }),
    );
    expect(navLinks(root)).toEqual([
      'Inicio',
      'Reuniones',
      'Plan de acción',
      'Directorio de agencias',
      'Administración',
    ]);
  });

  it('offers the agency switcher to a user with two memberships', async () => {
    const root = await render(me({ memberships: [PIURA, LAMBAYEQUE] }));
    const switcher = root.querySelector('[data-testid=agency-switcher]');
    expect(switcher).not.toBeNull();
    expect(switcher?.getAttribute('aria-label')).toContain(PIURA.agency.name);

    TestBed.inject(SessionStore).selectAgency(LAMBAYEQUE.agency.id);
    await fixture.whenStable();
    expect(switcher?.getAttribute('aria-label')).toContain(
      LAMBAYEQUE.agency.name,
    );
  });

  it('follows the language switch', async () => {
    const root = await render(me());
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(navLinks(root)).toEqual(['Home', 'Meetings', 'Action plan', 'Agency directory']);
    TestBed.inject(I18n).setLang('es');
  });
});
