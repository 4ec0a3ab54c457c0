import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-error';
import { Loader } from './loader';
import { LoadState } from './load-state';

@Component({
  imports: [LoadState],
  template: `<app-load-state [loader]="main" [also]="others()" />`,
})
class Host {
  readonly main = new Loader<string>();
  readonly side = new Loader<string>();
  readonly others = signal<Loader<string>[]>([]);
}

describe('LoadState', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const text = async (role: string) => {
      await fixture.whenStable();
      const el = fixture.nativeElement as HTMLElement;
      return el.querySelector(`[role=${role}]`)?.textContent?.trim() ?? null;
    };
    return { host: fixture.componentInstance, text };
  }

  const failure = (status: number) => new ApiError(status, null, null, {}, [], null);

  it('says "Cargando…" only while there is nothing to show yet', async () => {
    const { host, text } = await render();
    expect(await text('status')).toBeNull();
    let answer!: (v: string) => void;
    const first = host.main.run(() => new Promise((r) => (answer = r)));
    expect(await text('status')).toBe('Cargando…');
    answer('a');
    await first;
    expect(await text('status')).toBeNull();
    // A reload keeps the old content on screen, so it does not say it is loading.
    const second = host.main.run(() => new Promise((r) => (answer = r)));
    expect(await text('status')).toBeNull();
    answer('b');
    await second;
  });

  it("words the main read's failure, or another read's, as an alert", async () => {
    const { host, text } = await render();
    expect(await text('alert')).toBeNull();
    host.others.set([host.side]);
    await host.side.run(() => Promise.reject(failure(404)));
    const sideText = await text('alert');
    expect(sideText).toBeTruthy();
    await host.main.run(() => Promise.reject(failure(500)));
    const mainText = await text('alert');
    expect(mainText).toBeTruthy();
    expect(mainText).not.toBe(sideText);
    await host.main.run(() => Promise.resolve('ok'));
    expect(await text('alert')).toBe(sideText);
  });
});
