import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CreateCommentRequest } from '@cumbre/contracts';
import { publicComment } from '../data-access/public.fixtures';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';

function setup(): HttpTestingController {
  document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  return TestBed.inject(HttpTestingController);
}

function type(root: HTMLElement, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('CommentThread', () => {
  it('shows markup in a comment as text, and the moderation placeholder for a withdrawn reply', async () => {
    setup();
    const fixture = TestBed.createComponent(CommentThread);
    fixture.componentRef.setInput('slug', 'a');
    fixture.componentRef.setInput('comments', [
      publicComment({
        text: '<img src=x onerror=alert(1)><script>alert(2)</script>',
        replies: [
          publicComment({ id: 'c-2', authorName: null, text: null, withdrawn: true }),
          publicComment({ id: 'c-3', authorName: 'Pedro Castro', text: 'De acuerdo.' }),
        ],
      }),
    ]);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(2)</script>');
    expect(root.querySelector('[data-testid=comment-withdrawn]')?.textContent).toContain(
      'comentario retirado por moderación',
    );
    // One level of replies: the top-level comment has "Responder", the replies do not.
    const replyButtons = Array.from(root.querySelectorAll('button')).filter(
      (b) => b.textContent?.trim() === 'Responder',
    );
    expect(replyButtons).toHaveLength(1);
  });
});

describe('CommentItem', () => {
  it('reports a comment with a reason and thanks the reader', async () => {
    const backend = setup();
    const fixture = TestBed.createComponent(CommentThread);
    fixture.componentRef.setInput('slug', 'a');
    fixture.componentRef.setInput('comments', [publicComment()]);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    button('Reportar')?.click();
    await fixture.whenStable();
    const select = root.querySelector<HTMLSelectElement>('select[name=reason]');
    if (!select) throw new Error('no reason select');
    select.value = 'offensive';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    button('Enviar reporte')?.click();
    const req = backend.expectOne('/api/public/comments/c-1/flags');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ reason: 'offensive' });
    req.flush(null);
    await fixture.whenStable();
    expect(root.textContent).toContain('Gracias. Un moderador revisará el comentario.');
  });
});

describe('CommentForm', () => {
  it('says which fields are required and that the e-mail is never published', async () => {
    setup();
    const fixture = TestBed.createComponent(CommentForm);
    fixture.componentRef.setInput('slug', 'plan');
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Los campos marcados con * son obligatorios.');
    expect(text).toContain('Tu correo electrónico nunca se publica');
    expect(text).toContain('Nombre *');
    expect(text).toContain('Correo electrónico *');
    expect(text).toContain('Comentario *');
  });

  it('does not send an empty form', async () => {
    const backend = setup();
    const fixture = TestBed.createComponent(CommentForm);
    fixture.componentRef.setInput('slug', 'plan');
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/public/announcements/plan/comments');
    expect(root.textContent).toContain('Este campo es obligatorio.');
  });

  it('posts the comment with the honeypot and says it waits for moderation', async () => {
    const backend = setup();
    const fixture = TestBed.createComponent(CommentForm);
    fixture.componentRef.setInput('slug', 'plan');
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    type(root, 'input[formcontrolname=name]', 'Lucía Farfán');
    type(root, 'input[formcontrolname=email]', 'lucia@example.pe');
    type(root, 'textarea[formcontrolname=text]', 'Muy bien.');
    root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const req = backend.expectOne('/api/public/announcements/plan/comments');
    expect(req.request.body as CreateCommentRequest).toEqual({
      name: 'Lucía Farfán',
      email: 'lucia@example.pe',
      text: 'Muy bien.',
      parentId: null,
      notifyReplies: false,
      website: '',
    });
    req.flush({ id: 'c-9', status: 'pending', confirmationSent: false });
    await fixture.whenStable();
    expect(root.querySelector('[data-testid=comment-submitted]')?.textContent).toContain('pendiente de moderación');
  });
});
