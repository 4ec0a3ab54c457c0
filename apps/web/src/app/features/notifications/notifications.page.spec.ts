import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { NotificationListDto, NotificationPreferencesDto } from '@cumbre/contracts';
import { configureComponentTest, settle } from '../../../testing/component-test';
import { notificationDto } from './data-access/notification.fixtures';
import { NotificationsPage, statusFromParam } from './notifications.page';

const PREFS: NotificationPreferencesDto = {
  items: [
    { kind: 'meeting.invited', email: true },
    { kind: 'meeting.answered', email: false },
  ],
};

describe('statusFromParam', () => {
  it('reads the filter from the URL', () => {
    expect(statusFromParam('sin-leer')).toBe('unread');
    expect(statusFromParam('leidas')).toBe('read');
    expect(statusFromParam(undefined)).toBe('all');
    expect(statusFromParam('nonsense')).toBe('all');
  });
});

describe('NotificationsPage', () => {
  let fixture: ComponentFixture<NotificationsPage>;
  let backend: HttpTestingController;

  async function render(estado: string | undefined, list: NotificationListDto): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(NotificationsPage);
    fixture = TestBed.createComponent(NotificationsPage);
    if (estado) fixture.componentRef.setInput('estado', estado);
    fixture.componentRef.setInput('desde', '20');
    backend.expectOne('/api/notifications/preferences').flush(PREFS);
    await settle(fixture);
    const request = backend.expectOne((r) => r.url === '/api/notifications');
    expect(request.request.params.get('limit')).toBe('20');
    expect(request.request.params.get('offset')).toBe('20');
    request.flush(list);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it('asks for one page of unread ones and shows the totals and the pager', async () => {
    const root = await render('sin-leer', {
      items: [notificationDto('a', null)],
      total: 143,
      unread: 143,
    });
    expect(root.querySelector('[data-testid=notifications-summary]')?.textContent).toContain(
      '143 sin leer · 143 en esta vista',
    );
    expect(root.querySelector('.pager')?.textContent).toContain('21–40 de 143');
    expect(root.querySelector('[data-testid=filter-unread]')?.getAttribute('aria-current')).toBe('page');
  });

  it('marks one as read and reloads the page', async () => {
    const root = await render('sin-leer', {
      items: [notificationDto('a', null)],
      total: 21,
      unread: 21,
    });
    const button = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Marcar como leída',
    );
    expect(button?.getAttribute('aria-label')).toBe('Marcar como leída: Invitación: Cumbre a');
    button?.click();
    backend.expectOne('/api/notifications/a/read').flush(notificationDto('a', 'x'));
    await settle(fixture);
    const again = backend.expectOne((r) => r.url === '/api/notifications');
    expect(again.request.params.get('status')).toBe('unread');
    again.flush({ items: [], total: 20, unread: 20 });
    await settle(fixture);
    expect(root.textContent).toContain('No tienes notificaciones sin leer.');
  });

  it('saves the e-mail choice per kind', async () => {
    const root = await render(undefined, { items: [], total: 0, unread: 0 });
    const answered = root.querySelector('[data-testid="pref-meeting.answered"]') as HTMLInputElement;
    expect(answered.closest('label')?.textContent).toContain('Respuestas de las agencias');
    expect(answered.checked).toBe(false);
    answered.checked = true;
    answered.dispatchEvent(new Event('change'));
    root.querySelector('[data-testid=notification-prefs] form')?.dispatchEvent(new Event('submit'));
    const put = backend.expectOne('/api/notifications/preferences');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      items: [
        { kind: 'meeting.invited', email: true },
        { kind: 'meeting.answered', email: true },
      ],
    });
    put.flush({ items: put.request.body.items });
    await settle(fixture);
  });
});
