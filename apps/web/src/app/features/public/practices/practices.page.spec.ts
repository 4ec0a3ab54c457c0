import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { KeysetPage, PublicPracticeSummaryDto } from '@cumbre/contracts';
import { PublicApi } from '../data-access/public-api';
import { PublicPracticesPage } from './practices.page';

const practice = (n: number): PublicPracticeSummaryDto =>
  ({
    id: `p${n}`,
    title: `Práctica ${n}`,
    summary: null,
    agency: { id: 'a1', name: 'Gobierno Regional de Piura', shortName: 'GORE Piura' },
    places: [],
    sharedAt: '2026-11-20T15:00:00.000Z',
  }) as unknown as PublicPracticeSummaryDto;

describe('PublicPracticesPage', () => {
  it('"Más" adds the next page in place (with JavaScript) and keeps a real link to it', async () => {
    const practices = vi.fn(
      async (): Promise<KeysetPage<PublicPracticeSummaryDto>> => ({ items: [practice(3)], nextCursor: null }),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PublicApi, useValue: { practices } }],
    });
    const fixture = TestBed.createComponent(PublicPracticesPage);
    fixture.componentRef.setInput('view', {
      value: { items: [practice(1), practice(2)], nextCursor: 'c2' },
      error: null,
    });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const titles = () =>
      Array.from(root.querySelectorAll('[data-testid="public-practices"] h2')).map((h) => h.textContent?.trim());
    expect(titles()).toEqual(['Práctica 1', 'Práctica 2']);
    const more = root.querySelector<HTMLAnchorElement>('.more a');
    expect(more?.getAttribute('href')).toBe('/buenas-practicas?despues=c2');

    more?.click();
    await fixture.whenStable();
    expect(practices).toHaveBeenCalledWith({ after: 'c2' });
    expect(titles()).toEqual(['Práctica 1', 'Práctica 2', 'Práctica 3']);
    expect(root.querySelector('.more a')).toBeNull();
  });
});
