import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { HomeDto, MeDto } from '@cumbre/contracts';
import { configureComponentTest, settle, signInThroughBackend } from '../../../testing/component-test';
import { AGENCY, LAMBAYEQUE, me, membership } from '../../../testing/fixtures';
import { EMPTY_HOME, homeAfterSummit, homeDto } from './data-access/home.fixtures';
import { HomePage } from './home.page';

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let backend: HttpTestingController;

  async function render(home: HomeDto, user: MeDto = me()): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    localStorage.clear();
    backend = configureComponentTest(HomePage);
    await signInThroughBackend(backend, user);
    fixture = TestBed.createComponent(HomePage);
    // One request for the whole page.
    backend.expectOne('/api/home').flush(home);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  // The page counts "en 3 días" from the browser's clock: fix it at 2 Dec 2026, noon in Lima.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T17:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    backend.verify();
  });

  const text = (root: HTMLElement, id: string) =>
    root.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('shows what waits for an answer, with the agency and the deadline, linking to the meeting', async () => {
    const root = await render(homeDto());
    const awaiting = text(root, 'home-awaiting');
    expect(awaiting).toContain('Invitación');
    expect(awaiting).toContain('Votación de fecha');
    expect(awaiting).toContain('Responde por Gobierno Regional de Piura');
    expect(awaiting).toContain('Plazo para votar: 30/11/2026 23:59 hora de Lima (UTC−5) (hace 2 días)');
    expect(awaiting).toContain('La reunión empieza: 05/12/2026 09:00 hora de Lima (UTC−5) (en 3 días)');
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-testid=home-awaiting] a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['/app/reuniones/m-summit', '/app/reuniones/m-workshop']);
  });

  it('shows the next meetings in their zone, how far away, and my agency’s answer', async () => {
    const next = text(await render(homeDto()), 'home-next');
    expect(next).toContain('05/12/2026 09:00–13:00 hora de Lima (UTC−5)');
    expect(next).toContain('en 3 días');
    expect(next).toContain('Anfitriona: Presidencia del Consejo de Ministros');
    expect(next).toContain('Tu entidad: sin responder');
  });

  it('shows the meetings I convene with who has not answered, in Spanish order', async () => {
    const convening = text(await render(homeDto()), 'home-convening');
    expect(convening).toContain('3 agencias invitadas');
    expect(convening).toContain('No respondieron la invitación: GR Áncash, GR Tumbes');
    expect(convening).not.toContain('Ya terminó');
  });

  it('says a meeting I convene has ended and waits to be concluded, instead of who has not answered', async () => {
    vi.setSystemTime(new Date('2026-12-06T01:00:00Z'));
    const root = await render(homeDto());
    const convening = text(root, 'home-convening');
    expect(text(root, 'home-awaits-conclusion')).toBe(
      'Ya terminó: márcala concluida para cerrar su agenda y publicar el acta.',
    );
    expect(convening).not.toContain('No respondieron la invitación');
  });

  it('shows the latest notifications and leads to all of them', async () => {
    const root = await render(homeDto());
    expect(text(root, 'home-notifications')).toContain('1 sin leer');
    expect(text(root, 'home-notifications')).toContain('Invitación: Cumbre de seguridad del norte');
    expect(root.querySelector('a[href="/app/notificaciones"]')?.textContent?.trim()).toBe(
      'Ver todas las notificaciones',
    );
  });

  it('after a meeting: what the agency owes, linking to its plan, and the meeting just held, not the first steps', async () => {
    const root = await render(homeAfterSummit());
    expect(root.querySelector('[data-testid=home-empty]')).toBeNull();
    const plan = text(root, 'home-action-plan');
    expect(plan).toContain('Compromisos de tu entidad');
    expect(plan).toContain('Gobierno Regional de Piura');
    expect(plan).toContain('3 pendientes');
    expect(plan).toContain('1 vencido');
    expect(root.querySelector('[data-testid=home-action-plan] a')?.getAttribute('href')).toBe(
      '/app/plan-de-accion?entidad=a-piura',
    );
    const recent = text(root, 'home-recent');
    expect(recent).toContain('Reuniones recientes');
    expect(recent).toContain('Cumbre de seguridad del norte');
    expect(recent).toContain('05/12/2026 09:00–13:00 hora de Lima');
    // Held: no "in 3 days", no answer to give.
    expect(recent).not.toContain('Tu entidad');
    expect(root.querySelector('[data-testid=home-recent] .home-relative')).toBeNull();
    expect(root.querySelector('[data-testid=home-recent] a')?.getAttribute('href')).toBe('/app/reuniones/m-summit');
  });

  it('says what to do first when there is nothing yet: convene for staff, wait for an analyst', async () => {
    const root = await render(EMPTY_HOME);
    expect(text(root, 'home-empty')).toContain('crea una reunión');
    expect(root.querySelector('a[href="/app/reuniones/nueva"]')).not.toBeNull();
    fixture.destroy();
    TestBed.resetTestingModule();
    const analyst = await render(
      EMPTY_HOME,
      me({ memberships: [{ ...membership('m-9', AGENCY.laLibertad), role: 'analyst' }] }),
    );
    expect(text(analyst, 'home-empty')).toContain('Cuando tu entidad sea invitada');
    expect(analyst.querySelector('a[href="/app/reuniones/nueva"]')).toBeNull();
  });

  it('says which agency a person with several memberships acts for', async () => {
    const root = await render(
      EMPTY_HOME,
      me({
        memberships: [membership('m-1', AGENCY.piura), LAMBAYEQUE],
      }),
    );
    expect(text(root, 'acting-for')).toContain('Actúas por Gobierno Regional de Piura');
  });
});
