import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@cumbre/contracts';
import { PagedResults, PageRows } from './paged-results';
import { PagedSearch, PageQuery } from './paged-search';

const NAMES = ['Ana', 'Beto', 'Carla'];

@Component({
  imports: [PagedResults, PageRows],
  template: `
    <app-paged-results label="Personas" empty="Nadie coincide.">
      <ng-template [appPageRows]="people" let-items>
        <ul>
          @for (name of items; track name) {
            <li>{{ name }}</li>
          }
        </ul>
      </ng-template>
    </app-paged-results>
  `,
})
class Host {
  readonly asked: PageQuery[] = [];
  answer: (page: Page<string>) => void = () => undefined;
  readonly people = new PagedSearch<string>(
    (query) => {
      this.asked.push(query);
      return new Promise((resolve) => (this.answer = resolve));
    },
    { pageSize: 2 },
  );
}

describe('PagedResults', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    const host = fixture.componentInstance;
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await Promise.resolve();
      await fixture.whenStable();
    };
    const page = (offset: number, total = NAMES.length): Page<string> => ({
      items: NAMES.slice(offset, offset + 2),
      total,
      limit: 2,
      offset,
    });
    await fixture.whenStable();
    return { host, el, settle, page };
  }

  it('says "Cargando…", then shows the rows and a pager that moves between pages', async () => {
    const { host, el, settle, page } = await render();
    host.people.reload();
    await settle();
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('Cargando…');
    host.answer(page(0));
    await settle();
    const names = () => Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(names()).toEqual(['Ana', 'Beto']);
    const pager = el.querySelector('nav.pager');
    expect(pager?.getAttribute('aria-label')).toBe('Personas');
    expect(pager?.textContent).toContain('1–2 de 3');

    const next = Array.from(el.querySelectorAll('nav.pager button'))[1];
    (next as HTMLButtonElement).click();
    expect(host.asked.at(-1)).toEqual({
      text: undefined,
      limit: 2,
      offset: 2,
    });
    host.answer(page(2));
    await settle();
    expect(names()).toEqual(['Carla']);
    expect(el.querySelector('nav.pager')?.textContent).toContain('3–3 de 3');
  });

  it('says the empty sentence, with no pager, when nothing matches', async () => {
    const { host, el, settle } = await render();
    host.people.reload();
    host.answer({ items: [], total: 0, limit: 2, offset: 0 });
    await settle();
    expect(el.querySelector('p.empty')?.textContent?.trim()).toBe('Nadie coincide.');
    expect(el.querySelector('ul')).toBeNull();
    expect(el.querySelector('nav.pager')).toBeNull();
  });

  it('shows why the read failed', async () => {
    const fixture = TestBed.createComponent(Host);
    const host = fixture.componentInstance;
    await host.people.run(() => Promise.reject(new Error('down')));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBeTruthy();
    expect(el.querySelector('p.empty')).toBeNull();
  });
});
