import { Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { configureComponentTest, settle } from '../../../testing/component-test';
import { MarkdownField } from './markdown-field';

@Component({
  imports: [MarkdownField],
  template: `<app-markdown-field [control]="body" label="Texto" [max]="100" [rows]="4" testId="body-input" />`,
})
class Host {
  readonly body = new FormControl('', { nonNullable: true });
}

describe('MarkdownField', () => {
  let backend: HttpTestingController;

  async function render(text: string) {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(Host);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.body.setValue(text);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }

  afterEach(() => backend.verify());

  it('writes in a textarea with its test id, limit and count', async () => {
    const { el } = await render('Hola');
    const area = el.querySelector('[data-testid=body-input]') as HTMLTextAreaElement;
    expect(area.getAttribute('maxlength')).toBe('100');
    expect(area.rows).toBe(4);
    expect(el.textContent).toContain('4 / 100');
  });

  it('previews the server’s rendering, not its own', async () => {
    const { fixture, el } = await render('Una **red**');
    (el.querySelector('[data-testid=md-preview-tab]') as HTMLButtonElement).click();
    const req = backend.expectOne('/api/markdown/preview');
    expect(req.request.body).toEqual({ markdown: 'Una **red**' });
    req.flush({ html: '<p>Una <strong>red</strong></p>' });
    await settle(fixture);
    expect(el.querySelector('[data-testid=md-preview] strong')?.textContent).toBe('red');
    expect(el.querySelector('[data-testid=body-input]')).toBeNull();
  });

  it('says when there is nothing to preview, without asking the server', async () => {
    const { fixture, el } = await render('   ');
    (el.querySelector('[data-testid=md-preview-tab]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(el.textContent).toContain('Aún no hay nada que mostrar.');
  });

  it('says why a preview failed', async () => {
    const { fixture, el } = await render('Texto');
    (el.querySelector('[data-testid=md-preview-tab]') as HTMLButtonElement).click();
    backend
      .expectOne('/api/markdown/preview')
      .flush({ statusCode: 503, code: 'common.unavailable', message: 'down' }, { status: 503, statusText: 'x' });
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'El servicio no está disponible en este momento. Inténtalo en unos minutos.',
    );
  });
});
