import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { BlockDto } from '@cumbre/contracts';
import { configureComponentTest, fakeConfirm, settle } from '../../../../testing/component-test';
import type { ConfirmRequest } from '../../../core/layout/confirm-dialog';
import { ModerationBlocksPage } from './moderation-blocks.page';

const EMAIL_BLOCK: BlockDto = {
  id: '0b6f1c1e-0000-4000-8000-000000000001',
  target: 'email',
  value: 'troll@correo.example',
  createdAt: '2026-12-01T15:00:00Z',
};
const IP_BLOCK: BlockDto = {
  id: '0b6f1c1e-0000-4000-8000-000000000002',
  target: 'ip',
  value: 'ip:3fa9c01b2d',
  createdAt: '2026-12-01T16:00:00Z',
};

describe('ModerationBlocksPage', () => {
  let fixture: ComponentFixture<ModerationBlocksPage>;
  let backend: HttpTestingController;
  let asked: ConfirmRequest[];

  async function render(lang: 'es' | 'en' = 'es'): Promise<HTMLElement> {
    document.cookie = lang === 'en' ? 'cumbre_lang=en; Path=/' : 'cumbre_lang=; Max-Age=0; Path=/';
    backend = configureComponentTest(ModerationBlocksPage, [
      fakeConfirm((request) => {
        asked.push(request);
        return true;
      }),
    ]);
    asked = [];
    fixture = TestBed.createComponent(ModerationBlocksPage);
    await settle(fixture, 3);
    backend.expectOne('/api/moderation/blocks').flush([EMAIL_BLOCK, IP_BLOCK]);
    backend.expectOne('/api/moderation/blocked-words').flush(['extorsionador']);
    await settle(fixture, 3);
    return fixture.nativeElement as HTMLElement;
  }

  const texts = (root: HTMLElement, selector: string) =>
    Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '');

  function type(root: HTMLElement, selector: string, value: string): void {
    const input = root.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  }

  afterEach(() => {
    backend.verify();
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  it('lists the blocked addresses, IP fingerprints and words, in Spanish', async () => {
    const root = await render();
    const blocks = texts(root, '[data-testid="block"]');
    expect(blocks[0]).toContain('Correo troll@correo.example');
    expect(blocks[0]).toContain('Desbloquear');
    expect(blocks[1]).toContain('IP ip:3fa9c01b2d');
    expect(texts(root, '[data-testid="word"]')[0]).toContain('extorsionador');
    expect(root.textContent).toContain('Las IP se guardan cifradas');
  });

  it('speaks English when the reader chose it', async () => {
    const root = await render('en');
    expect(texts(root, '[data-testid="block"]')[0]).toContain('E-mail troll@correo.example');
    expect(root.textContent).toContain('Blocked words');
  });

  it('unblocks after asking, then reads the list again', async () => {
    const root = await render();
    (root.querySelector('[data-testid="block"] button') as HTMLButtonElement).click();
    await settle(fixture, 3);
    expect(asked[0].title).toBe('¿Desbloquear troll@correo.example?');
    const req = backend.expectOne(`/api/moderation/blocks/${EMAIL_BLOCK.id}`);
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture, 3);
    backend.expectOne('/api/moderation/blocks').flush([IP_BLOCK]);
    await settle(fixture, 3);
    expect(texts(root, '[data-testid="block"]')).toHaveLength(1);
  });

  it('blocks a typed IP; an empty value is refused before asking the server', async () => {
    const root = await render();
    const form = root.querySelector('[data-testid="block-form"]') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await settle(fixture, 3);
    expect(root.querySelector('[data-testid="block-form"] [role="alert"]')?.textContent).toContain('Escribe un valor.');
    type(root, 'select[name="target"]', 'ip');
    type(root, 'input[name="value"]', ' 198.51.100.7 ');
    form.dispatchEvent(new Event('submit'));
    await settle(fixture, 3);
    const req = backend.expectOne('/api/moderation/blocks');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ target: 'ip', value: '198.51.100.7' });
    req.flush({ ...IP_BLOCK, id: 'x' });
    await settle(fixture, 3);
    backend.expectOne('/api/moderation/blocks').flush([EMAIL_BLOCK, IP_BLOCK, { ...IP_BLOCK, id: 'x' }]);
    await settle(fixture, 3);
    expect(texts(root, '[data-testid="block"]')).toHaveLength(3);
    expect((root.querySelector('input[name="value"]') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's refusal of a bad address in words", async () => {
    const root = await render();
    type(root, 'input[name="value"]', 'no-es-correo');
    (root.querySelector('[data-testid="block-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture, 3);
    backend
      .expectOne('/api/moderation/blocks')
      .flush(
        { statusCode: 400, code: 'validation.not_email', message: 'value must be an e-mail address', field: 'value' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture, 3);
    expect(root.querySelector('[data-testid="block-form"] app-form-errors')?.textContent?.trim()).not.toBe('');
  });

  it('adds and removes words of the blocklist', async () => {
    const root = await render();
    type(root, 'input[name="word"]', 'sicario');
    (root.querySelector('[data-testid="word-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture, 3);
    const add = backend.expectOne('/api/moderation/blocked-words');
    expect(add.request.body).toEqual({ word: 'sicario' });
    add.flush(['extorsionador', 'sicario']);
    await settle(fixture, 3);
    expect(texts(root, '[data-testid="word"]')).toHaveLength(2);
    (root.querySelector('[data-testid="word"] button') as HTMLButtonElement).click();
    await settle(fixture, 3);
    const remove = backend.expectOne('/api/moderation/blocked-words/extorsionador');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(['sicario']);
    await settle(fixture, 3);
    expect(texts(root, '[data-testid="word"]')[0]).toContain('sicario');
  });
});
