import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicApi } from '../data-access/public-api';
import { publicMeeting } from '../data-access/public.fixtures';
import { PublicMeetingsPage, type MeetingsView } from './public-meetings.page';

describe('PublicMeetingsPage', () => {
  function render(view: MeetingsView): HTMLElement {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PublicApi, useValue: {} }],
    });
    const fixture = TestBed.createComponent(PublicMeetingsPage);
    fixture.componentRef.setInput('view', view);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const none = { value: { items: [], nextCursor: null }, error: null };

  it('with nothing ahead, points to the meetings already held', () => {
    const empty = render({ when: 'upcoming', page: none }).querySelector('[data-testid=public-meetings-empty]');
    expect(empty?.textContent).toContain('No hay reuniones públicas programadas.');
    const link = empty?.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Ver las reuniones que ya se realizaron');
    expect(link?.getAttribute('href')).toBe('/reuniones-publicas?cuando=pasadas');
  });

  it('with no past meetings, says so and links nowhere', () => {
    const empty = render({ when: 'past', page: none }).querySelector('[data-testid=public-meetings-empty]');
    expect(empty?.textContent?.trim()).toBe('Aún no hay reuniones públicas pasadas.');
    expect(empty?.querySelector('a')).toBeNull();
  });

  it('lists the meetings when there are some, without the empty notice; a card says when its decisions are public', () => {
    const root = render({
      when: 'past',
      page: {
        value: {
          items: [
            publicMeeting({ id: 'm-1', agendaPublished: true }),
            publicMeeting({
              id: 'm-2',
              status: 'concluded',
              agendaPublished: true,
              minutesPublished: true,
            }),
            publicMeeting({ id: 'm-3' }),
          ],
          nextCursor: null,
        },
        error: null,
      },
    });
    expect(root.querySelectorAll('app-public-meeting-card')).toHaveLength(3);
    expect(
      Array.from(
        root.querySelectorAll('app-public-meeting-card'),
        (card) => card.querySelector('[data-testid=public-meeting-agenda]')?.textContent?.trim() ?? null,
      ),
    ).toEqual(['Agenda publicada', 'Agenda y acuerdos', null]);
    expect(root.querySelector('[data-testid=public-meetings-empty]')).toBeNull();
  });
});
