import { TestBed } from '@angular/core/testing';
import { configureComponentTest, fakeConfirm } from '../../../../testing/component-test';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { MeetingsApi } from '../data-access/meetings-api';
import { MeetingsListPage } from './meetings-list.page';

describe('MeetingsListPage', () => {
  const none = { items: [], total: 0, limit: 20, offset: 0 };

  async function render(cuando?: string): Promise<HTMLElement> {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    configureComponentTest(MeetingsListPage, [
      {
        provide: MeetingsApi,
        useValue: {
          list: async () => none,
          calendarFeed: async () => ({
            url: null,
            createdAt: null,
            active: false,
          }),
        },
      },
      { provide: AgenciesApi, useValue: { list: async () => none } },
      fakeConfirm(() => false),
    ]);
    const fixture = TestBed.createComponent(MeetingsListPage);
    fixture.componentRef.setInput('cuando', cuando);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('with nothing ahead, points to the meetings already held', async () => {
    const empty = (await render()).querySelector('[data-testid=meetings-empty]');
    expect(empty?.textContent).toContain('No tienes reuniones próximas.');
    const link = empty?.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Ver las que ya se realizaron');
    expect(link?.getAttribute('href')).toBe('/?cuando=pasadas');
  });

  it('on the past tab, with nothing there, only says so', async () => {
    const empty = (await render('pasadas')).querySelector('[data-testid=meetings-empty]');
    expect(empty?.textContent?.trim()).toBe('No hay reuniones que coincidan.');
    expect(empty?.querySelector('a')).toBeNull();
  });
});
