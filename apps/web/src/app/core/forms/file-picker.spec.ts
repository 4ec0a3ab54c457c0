import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FilePicker } from './file-picker';

@Component({
  imports: [FilePicker],
  template: `
    <app-file-picker
      testId="cover"
      accept="image/png"
      [chosen]="file()?.name"
      showNone
      (picked)="picked.push($event); file.set($event[0])"
    />
    <app-file-picker testId="many" multiple (picked)="picked.push($event)" />
  `,
})
class Host {
  readonly file = signal<File | null>(null);
  readonly picked: File[][] = [];
}

describe('FilePicker', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const [one, many] = Array.from(el.querySelectorAll('app-file-picker'));
    return { fixture, one, many };
  }

  /** What the browser does when files are chosen (jsdom has no DataTransfer to build a FileList). */
  function choose(input: HTMLInputElement, files: File[]): void {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it("speaks the page's language, not the browser's, and says when nothing is chosen", async () => {
    const { one, many } = await render();
    expect(one.querySelector('button')?.textContent?.trim()).toBe('Elegir archivo');
    expect(one.textContent).toContain('Ningún archivo elegido');
    expect(many.querySelector('button')?.textContent?.trim()).toBe('Elegir archivos');
    expect(many.textContent).not.toContain('Ningún archivo elegido');
    const input = one.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.dataset['testid']).toBe('cover');
    expect(input.accept).toBe('image/png');
    expect(input.classList).toContain('visually-hidden');
    expect((many.querySelector('input') as HTMLInputElement).multiple).toBe(true);
  });

  it('gives the chosen files and names the chosen one', async () => {
    const { fixture, one, many } = await render();
    const map = new File(['png'], 'mapa-norte.png', { type: 'image/png' });
    const input = one.querySelector('input') as HTMLInputElement;
    choose(input, [map]);
    await fixture.whenStable();
    expect(fixture.componentInstance.picked).toEqual([[map]]);
    expect(one.textContent).toContain('mapa-norte.png');
    const a = new File(['a'], 'a.pdf');
    const b = new File(['b'], 'b.pdf');
    choose(many.querySelector('input') as HTMLInputElement, [a, b]);
    expect(fixture.componentInstance.picked[1]).toEqual([a, b]);
  });
});
