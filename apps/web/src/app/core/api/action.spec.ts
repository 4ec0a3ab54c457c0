import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n.service';
import { Notifier } from '../layout/notifier';
import { FormErrors } from '../forms/form-errors';
import { Action } from './action';
import { ApiError } from './api-error';

function apiError(status: number, body: object, headers?: HttpHeaders) {
  return ApiError.from(new HttpErrorResponse({ status, error: body, headers }));
}

const tooLong = apiError(400, {
  statusCode: 400,
  code: 'validation.failed',
  message: 'validation failed',
  fields: [
    {
      field: 'title',
      code: 'validation.too_long',
      params: { max: 200 },
      message: 'title must be shorter than or equal to 200 characters',
    },
  ],
});
const stale = apiError(409, {
  statusCode: 409,
  code: 'common.stale_version',
  message: 'the meeting was changed by someone else',
  params: { resource: 'meeting', sentVersion: 1, currentVersion: 2 },
});

@Component({
  selector: 'app-host',
  imports: [FormErrors],
  template: `<app-form-errors [action]="save" testId="errs" />`,
})
class Host {
  reloads = 0;
  readonly labels = signal<Record<string, string>>({ title: 'Título' });
  readonly save = new Action({
    labels: () => this.labels(),
    reload: () => this.reloads++,
  });
}

describe('Action and FormErrors', () => {
  let done: string[];

  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    done = [];
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [{ provide: Notifier, useValue: { done: (m: string) => done.push(m) } }],
    });
  });

  // The language switch writes a cookie; later specs in this worker must start in Spanish.
  afterEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const text = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid=errs]')?.textContent?.trim() ?? '';
    return { fixture, host: fixture.componentInstance, text };
  }

  it('is busy while the write runs, ignores a second run, and says when it is done', async () => {
    const { host } = await render();
    let finish: (v: string) => void = () => undefined;
    const first = host.save.run(() => new Promise<string>((r) => (finish = r)), {
      done: (v) => `saved ${v}`,
    });
    expect(host.save.busy()).toBe(true);
    expect(await host.save.run(() => Promise.resolve('again'))).toBeUndefined();
    finish('ok');
    expect(await first).toBe('ok');
    expect(host.save.busy()).toBe(false);
    expect(done).toEqual(['saved ok']);
    expect(host.save.messages()).toEqual([]);
  });

  it('names the field by the form label, in Spanish then in English', async () => {
    const { fixture, host, text } = await render();
    await host.save.run(() => Promise.reject(tooLong));
    await fixture.whenStable();
    expect(text()).toBe('Título: Máximo 200 caracteres.');
    TestBed.inject(I18n).setLang('en');
    host.labels.set({ title: 'Title' });
    await fixture.whenStable();
    expect(text()).toBe('Title: At most 200 characters.');
    expect(host.save.stale()).toBe(false);
  });

  it('recognises a stale version by its code and offers to reload', async () => {
    const { fixture, host, text } = await render();
    await host.save.run(() => Promise.reject(stale));
    await fixture.whenStable();
    expect(host.save.stale()).toBe(true);
    expect(text()).toContain('Otra persona cambió estos datos');
    const reload = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid=stale-reload]',
    );
    reload?.click();
    await fixture.whenStable();
    expect(host.reloads).toBe(1);
    expect(text()).toBe('');
  });

  it('leaves an error the screen handles itself unshown', async () => {
    const { host } = await render();
    await host.save.run(() => Promise.reject(stale), { handle: () => true });
    expect(host.save.messages()).toEqual([]);
  });

  it('words a network failure and a throttle without a code', async () => {
    const { host } = await render();
    await host.save.run(() => Promise.reject(new HttpErrorResponse({ status: 0 })));
    expect(host.save.messages()).toEqual(['No se pudo conectar con el servidor. Revisa tu conexión.']);
    await host.save.run(() =>
      Promise.reject(
        apiError(
          429,
          { statusCode: 429, code: 'common.too_many_requests', message: 'x' },
          new HttpHeaders({ 'Retry-After': '30' }),
        ),
      ),
    );
    expect(host.save.messages()).toEqual(['Demasiados intentos. Espera 30 segundos e inténtalo de nuevo.']);
  });
});
