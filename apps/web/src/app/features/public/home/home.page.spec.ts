import { RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { PUBLIC_CACHE_TAG_HEADER, type KeysetPage, type PublicMeetingDto } from '@cumbre/contracts';
import { PublicApi } from '../data-access/public-api';
import { publicMeeting } from '../data-access/public.fixtures';
import { PublicHomePage } from './home.page';
import { featuredMeetingResolver, type FeaturedMeeting } from './home.resolver';

const noNews = { value: { items: [], nextCursor: null }, error: null };

function render(featured: FeaturedMeeting | null) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: PublicApi, useValue: {} }],
  });
  const fixture = TestBed.createComponent(PublicHomePage);
  fixture.componentRef.setInput('page', noNews);
  fixture.componentRef.setInput('featured', featured);
  fixture.detectChanges();
  const box = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="featured-meeting"]') as HTMLElement;
  return {
    heading: box.querySelector('h2')?.textContent?.trim(),
    card: box.querySelector('[data-testid="public-meeting"] h3')?.textContent?.trim(),
    badge: box.querySelector('.badge')?.textContent?.trim(),
    links: Array.from(box.querySelectorAll(':scope > p > a')).map((a) => a.getAttribute('href')),
  };
}

describe('PublicHomePage: the featured public meeting', () => {
  it('names the next meeting, from the data (no date written in the page)', () => {
    const next = render({ when: 'upcoming', meeting: publicMeeting() });
    expect(next.heading).toBe('Próxima reunión pública');
    expect(next.card).toBe('Cumbre de seguridad de la Macro-región Norte');
    expect(next.links).toEqual(['/reuniones-publicas', '/buenas-practicas']);
  });

  it('says when the meeting is under way, and when it is the latest held', () => {
    const now = render({
      when: 'upcoming',
      meeting: publicMeeting({ status: 'in_progress' }),
    });
    expect(now.heading).toBe('Reunión pública en curso');
    expect(now.badge).toBe('En curso');
    TestBed.resetTestingModule();
    const held = render({
      when: 'past',
      meeting: publicMeeting({ status: 'concluded', title: 'Cumbre pasada' }),
    });
    expect(held.heading).toBe('Última reunión pública');
    expect(held.card).toBe('Cumbre pasada');
    expect(held.badge).toBe('Realizada');
  });

  it('without a public meeting, keeps the way to the lists', () => {
    const none = render(null);
    expect(none.heading).toBe('Reuniones y buenas prácticas');
    expect(none.card).toBeUndefined();
    expect(none.links).toEqual(['/reuniones-publicas', '/buenas-practicas']);
  });
});

describe('featuredMeetingResolver', () => {
  const page = (...items: PublicMeetingDto[]): KeysetPage<PublicMeetingDto> => ({
    items,
    nextCursor: null,
  });

  function resolve(meetings: (q: { when?: string }) => Promise<KeysetPage<PublicMeetingDto>>) {
    const init: ResponseInit = { status: 200 };
    TestBed.configureTestingModule({
      providers: [
        { provide: PublicApi, useValue: { meetings } },
        { provide: RESPONSE_INIT, useValue: init },
      ],
    });
    const result = TestBed.runInInjectionContext(() =>
      featuredMeetingResolver({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
    ) as Promise<FeaturedMeeting | null>;
    const tags = () => new Headers(init.headers).get(PUBLIC_CACHE_TAG_HEADER);
    return { result, tags };
  }

  it('takes the next meeting that is not cancelled, and the page is kept until the meetings change', async () => {
    const { result, tags } = resolve(async ({ when }) =>
      when === 'upcoming'
        ? page(publicMeeting({ id: 'x', status: 'cancelled' }), publicMeeting({ id: 'y' }))
        : page(publicMeeting({ id: 'z', status: 'concluded' })),
    );
    const featured = await result;
    expect(featured?.when).toBe('upcoming');
    expect(featured?.meeting.id).toBe('y');
    expect(tags()).toBe('meetings');
  });

  it('with none ahead, takes the latest held; with none at all, nothing', async () => {
    const held = resolve(async ({ when }) =>
      when === 'upcoming' ? page() : page(publicMeeting({ id: 'z', status: 'concluded' })),
    );
    expect(await held.result).toEqual({
      when: 'past',
      meeting: expect.objectContaining({ id: 'z' }),
    });
    TestBed.resetTestingModule();
    expect(await resolve(async () => page()).result).toBeNull();
  });

  it('when the meetings cannot be read, shows the home without them and keeps it out of the cache', async () => {
    const { result, tags } = resolve(async () => {
      throw new Error('the API is down');
    });
    expect(await result).toBeNull();
    expect(tags()).toBeNull();
  });
});
