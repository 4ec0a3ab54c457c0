import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { NotificationDto, NotificationListDto } from '@cumbre/contracts';
import { configureComponentTest, settle } from '../../../testing/component-test';
import { I18n } from '../../core/i18n/i18n.service';
import { notificationDto } from './data-access/notification.fixtures';
import { NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let backend: HttpTestingController;
  let router: Router;
  /** What the backend answers, at first and again when the menu opens. */
  let list: NotificationListDto;

  async function render(page: Omit<NotificationListDto, 'total'> & { total?: number }): Promise<HTMLElement> {
    list = { total: page.items.length, ...page };
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(NotificationBell);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(NotificationBell);
    backend.expectOne((r) => r.url === '/api/notifications').flush(list);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  /** Opens the menu, which refreshes the list. */
  async function openMenu(root: HTMLElement): Promise<void> {
    (root.querySelector('[data-testid=notification-bell]') as HTMLButtonElement).click();
    await settle(fixture);
    backend.expectOne((r) => r.url === '/api/notifications').flush(list);
    await settle(fixture);
  }

  afterEach(() => fixture.destroy());

  it('shows the unread count on the bell and names it for screen readers', async () => {
    const root = await render({
      items: [notificationDto('a', null), notificationDto('b', null), notificationDto('c', 'x')],
      unread: 2,
    });
    expect(root.querySelector('[data-testid=notification-count]')?.textContent?.trim()).toBe('2');
    expect(root.querySelector('[data-testid=notification-bell]')?.getAttribute('aria-label')).toBe(
      'Notificaciones: 2 sin leer',
    );
  });

  it('shows no count when everything is read', async () => {
    const root = await render({ items: [notificationDto('c', 'x')], unread: 0 });
    expect(root.querySelector('[data-testid=notification-count]')).toBeNull();
    expect(root.querySelector('[data-testid=notification-bell]')?.getAttribute('aria-label')).toBe('Notificaciones');
  });

  it('marks a notification read and opens its meeting', async () => {
    const root = await render({
      items: [notificationDto('a', null, 'm-42')],
      unread: 1,
    });
    await openMenu(root);
    const item = document.querySelector<HTMLButtonElement>('[data-testid=notification-a]');
    expect(item?.textContent).toContain('Invitación: Cumbre a');
    item?.click();
    const read = backend.expectOne('/api/notifications/a/read');
    expect(read.request.method).toBe('POST');
    read.flush(notificationDto('a', '2026-11-27T16:00:00Z', 'm-42'));
    await settle(fixture);
    expect(router.navigate).toHaveBeenCalledWith(['/app/reuniones', 'm-42']);
    expect(root.querySelector('[data-testid=notification-count]')).toBeNull();
  });

  it('marks all read at once', async () => {
    const root = await render({
      items: [notificationDto('a', null), notificationDto('b', null)],
      unread: 2,
    });
    await openMenu(root);
    document.querySelector<HTMLButtonElement>('[data-testid=mark-all-read]')?.click();
    backend.expectOne('/api/notifications/read-all').flush({ marked: 2, unread: 0 });
    await settle(fixture);
    expect(root.querySelector('[data-testid=notification-count]')).toBeNull();
    expect(document.querySelectorAll('.note--unread')).toHaveLength(0);
  });

  it('words a notification from its params in the reader’s language', async () => {
    const invited: NotificationDto = {
      ...notificationDto('p', null),
      params: {
        meetingTitle: 'Cumbre regional',
        startsAt: '2026-12-05T14:00:00.000Z',
        endsAt: '2026-12-05T22:00:00.000Z',
        timeZone: 'America/Lima',
        place: 'Sala Grau',
      },
    };
    const root = await render({ items: [invited], unread: 1 });
    await openMenu(root);
    const item = () => document.querySelector('[data-testid=notification-p]')?.textContent;
    expect(item()).toContain('Invitación: Cumbre regional');
    expect(item()).toContain('05/12/2026 09:00–17:00 hora de Lima (UTC−5)');

    TestBed.inject(I18n).setLang('en');
    await settle(fixture);
    expect(item()).toContain('Invitation: Cumbre regional');
    expect(item()).toContain(
      'Your agency has been invited to “Cumbre regional”. Date: 5 Dec 2026, 09:00–17:00 Lima time (UTC−5)',
    );
    expect(item()).not.toContain('Invitación');
  });

  it('caps the badge at 99+ but names the real number and leads to the page with all of them', async () => {
    const root = await render({
      items: [notificationDto('a', null)],
      unread: 143,
      total: 150,
    });
    expect(root.querySelector('[data-testid=notification-count]')?.textContent?.trim()).toBe('99+');
    expect(root.querySelector('[data-testid=notification-bell]')?.getAttribute('aria-label')).toBe(
      'Notificaciones: 143 sin leer',
    );
    await openMenu(root);
    const seeAll = document.querySelector<HTMLAnchorElement>('[data-testid=see-all-notifications]');
    expect(seeAll?.textContent?.trim()).toBe('Ver todas (143 sin leer)');
    expect(seeAll?.getAttribute('href')).toBe('/app/notificaciones');
  });
});
