import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeDto } from '@cumbre/contracts';
import { LAMBAYEQUE, me, PIURA } from '../../../testing/fixtures';
import { I18n } from '../../core/i18n/i18n.service';
import { SessionStore } from '../../core/session/session.store';
import { StaffShell } from './staff-shell';
import { configureComponentTest, settle, signInThroughBackend } from '../../../testing/component-test';

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
    Array.from(root.querySelectorAll('nav.main-nav a')).map((a) => a.textContent?.trim());

  it('shows staff the common navigation, without Administración or a switcher', async () => {
    const root = await render(me());
    expect(navLinks(root)).toEqual(['Inicio', 'Reuniones', 'Biblioteca', 'Plan de acción', 'Directorio de agencias']);
    expect(root.querySelector('[data-testid=agency-switcher]')).toBeNull();
    expect(root.textContent).toContain('PE-PIU');
  });

  it('adds Administración for an admin', async () => {
    const root = await render(me({ platformRoles: ['admin'], memberships: [] }));
    expect(navLinks(root)).toEqual([
      'Inicio',
      'Reuniones',
      'Biblioteca',
      'Plan de acción',
      'Directorio de agencias',
      'Administración',
    ]);
  });

  it('adds Anuncios and Moderación with the number waiting for a moderator', async () => {
    localStorage.clear();
    const backend = configureComponentTest(StaffShell);
    await signInThroughBackend(backend, me({ platformRoles: ['moderator'] }));
    fixture = TestBed.createComponent(StaffShell);
    await fixture.whenStable();
    backend.expectOne('/api/moderation/comments/count').flush({ pending: 2, flagged: 1, total: 3 });
    // The count lands after the HTTP promise resolves: let it, then render.
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    expect(navLinks(root).map((l) => l?.replace(/\s+/g, ' '))).toEqual([
      'Inicio',
      'Reuniones',
      'Biblioteca',
      'Plan de acción',
      'Directorio de agencias',
      'Anuncios',
      'Moderación 3',
    ]);
    expect(root.querySelector('[data-testid=moderation-nav]')?.getAttribute('aria-label')).toBe(
      'Moderación: 3 comentarios por revisar',
    );
  });

  it('offers the agency switcher to a user with two memberships', async () => {
    const root = await render(me({ memberships: [PIURA, LAMBAYEQUE] }));
    const switcher = root.querySelector('[data-testid=agency-switcher]');
    expect(switcher).not.toBeNull();
    expect(switcher?.getAttribute('aria-label')).toContain(PIURA.agency.name);

    TestBed.inject(SessionStore).selectAgency(LAMBAYEQUE.agency.id);
    await fixture.whenStable();
    expect(switcher?.getAttribute('aria-label')).toContain(LAMBAYEQUE.agency.name);
  });

  it('offers no pages and no bell while the session may only enrol a second factor', async () => {
    const root = await render(
      me({ twoFactor: { enabled: false, required: true, enrolmentOnly: true, recoveryCodesLeft: 0 } }),
    );
    expect(navLinks(root)).toEqual([]);
    expect(root.querySelector('app-notification-bell')).toBeNull();
    expect(root.querySelector('[data-testid=user-menu]')).not.toBeNull();
  });

  it('follows the language switch', async () => {
    const root = await render(me());
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(navLinks(root)).toEqual(['Home', 'Meetings', 'Library', 'Action plan', 'Agency directory']);
    TestBed.inject(I18n).setLang('es');
  });
});
